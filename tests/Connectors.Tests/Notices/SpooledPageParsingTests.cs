using System.Text;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>A spooled page read through a small file window gives the article its bytes in memory give.</summary>
public sealed class SpooledPageParsingTests : IDisposable
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_2.html");

    private readonly SpooledPages _pages = new();

    public static TheoryData<string, bool, int> Cases => new()
    {
        { "utf-8", false, 4096 },
        { "utf-8", true, 4099 },
        { "gb18030", false, 4096 },
        { "gb18030", false, 5003 },
        { "utf-16", false, 4096 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_GivesTheArticleOfTheBytes_WhenReadFromASpooledFileThroughASmallWindow(string charset, bool bom, int window)
    {
        var link = "<a href=\"./附件1.xlsx\">名单.xlsx</a>";
        var html = LargeTablePages.Article(
            "<SCRIPT>var t = \"<table><tr><td>不是表格</td></tr></table>\";</SCRIPT><!-- 注释 <table> -->" +
            "<p><A HREF=\"./通知.pdf\">通知.pdf</A></p>" + LargeTablePages.WordTable(3_000) +
            LargeTablePages.PlainTable(2_000, cellExtra: link) + "<TABLE><TR><TD>附注</TD><TD>无</TD></TR></TABLE>");
        var encoding = charset == "gb18030" ? CharsetDecoder.Gb18030 : Encoding.GetEncoding(charset);
        var bytes = bom ? [.. encoding.Preamble, .. encoding.GetBytes(html)] : encoding.GetBytes(html);
        var inMemory = new FetchedDocument { Url = Url, StatusCode = 200, Body = bytes, HeaderCharset = charset };
        var spooled = _pages.Document(Url, bytes, charset);

        var fromBytes = new ArticleParser().Parse(inMemory, overrideCharset: null, TestContext.Current.CancellationToken);
        var fromFile = new ArticleParser { FileWindowBytes = window }.Parse(spooled, overrideCharset: null, TestContext.Current.CancellationToken);

        Assert.Equal(fromBytes.Title, fromFile.Title);
        Assert.Equal(fromBytes.PublishedAt, fromFile.PublishedAt);
        Assert.Equal(fromBytes.Source, fromFile.Source);
        Assert.Equal([3_002, 2_001, 1], fromFile.Tables.Select(table => table.Rows.Count));
        Assert.Equal(fromBytes.Tables.Select(Flatten), fromFile.Tables.Select(Flatten));
        Assert.Equal(fromBytes.Attachments, fromFile.Attachments);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    public void Parse_DetectsTheCharsetOfTheBytes_WhenTheHeaderSaysNothing(string charset)
    {
        // The meta sits in the head; the non-ASCII text that decides UTF-8 or not sits far behind it.
        var html = LargeTablePages.Article(LargeTablePages.PlainTable(3_000));
        var encoding = charset == "gb18030" ? CharsetDecoder.Gb18030 : Encoding.UTF8;
        var bytes = encoding.GetBytes(html);

        var fromBytes = new ArticleParser().Parse(new FetchedDocument { Url = Url, StatusCode = 200, Body = bytes }, null, TestContext.Current.CancellationToken);
        var fromFile = new ArticleParser { FileWindowBytes = 4096 }.Parse(_pages.Document(Url, bytes, null), null, TestContext.Current.CancellationToken);

        Assert.Equal(encoding.CodePage, CharsetDecoder.Detect(bytes, null).Encoding.CodePage);
        Assert.Equal(CharsetDecoder.Detect(bytes, null), CharsetDecoder.Detect(_pages.Document(Url, bytes, null).Spooled!, null));
        Assert.Equal(fromBytes.Title, fromFile.Title);
        Assert.Equal(fromBytes.Tables.Select(Flatten), fromFile.Tables.Select(Flatten));
    }

    public void Dispose() => _pages.Dispose();

    private static string Flatten(HtmlTable table) => string.Join("\n", table.Rows.Select(row => string.Join(" | ", row)));
}
