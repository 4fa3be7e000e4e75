using System.Text;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>A fetched page parsed from its bytes gives the article its decoded text gives, in every charset we read.</summary>
public sealed class FetchedPageParsingTests
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_1.html");

    private readonly ArticleParser _parser = new();

    public static TheoryData<string, bool> Charsets => new()
    {
        { "utf-8", false },
        { "utf-8", true },
        { "gb18030", false },
        { "utf-16", false },
    };

    [Theory]
    [MemberData(nameof(Charsets))]
    public void Parse_GivesTheArticleOfTheDecodedText_WhenALargeWordTableIsReadFromTheBytes(string charset, bool bom)
    {
        var link = "<a href=\"./附件1.xlsx\">名单.xlsx</a>";
        var html = LargeTablePages.Article(
            "<p><a href=\"./通知.pdf\">通知.pdf</a></p>" + LargeTablePages.WordTable(3_000) + LargeTablePages.PlainTable(2_000, cellExtra: link) +
            "<table><tr><td>附注</td><td>无</td></tr></table>");
        var encoding = charset == "gb18030" ? CharsetDecoder.Gb18030 : Encoding.GetEncoding(charset);
        var bytes = bom ? [.. encoding.Preamble, .. encoding.GetBytes(html)] : encoding.GetBytes(html);
        var document = new FetchedDocument { Url = Url, StatusCode = 200, Body = bytes, HeaderCharset = charset };

        var fromBytes = _parser.Parse(document, overrideCharset: null, TestContext.Current.CancellationToken);
        var fromText = _parser.Parse(html, Url, TestContext.Current.CancellationToken);

        Assert.Equal(fromText.Title, fromBytes.Title);
        Assert.Equal(fromText.PublishedAt, fromBytes.PublishedAt);
        Assert.Equal(fromText.Source, fromBytes.Source);
        Assert.Equal([3_002, 2_001, 1], fromBytes.Tables.Select(table => table.Rows.Count));
        Assert.Equal(fromText.Tables.Select(Flatten), fromBytes.Tables.Select(Flatten));
        Assert.Equal(fromText.Attachments, fromBytes.Attachments);
    }

    private static string Flatten(HtmlTable table) => string.Join("\n", table.Rows.Select(row => string.Join(" | ", row)));
}
