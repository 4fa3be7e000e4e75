using System.Text;
using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Large link-free tables are streamed: read from the page's source each time, never held, the DOM's rows.</summary>
public sealed class StreamedTableTests : IDisposable
{
    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t20250603_3.html");

    private static readonly ColumnMap Map = new(
    [
        new ColumnSpec(RawColumns.SerialNo, ["序号"]),
        new ColumnSpec(RawColumns.EnterpriseName, ["企业名称"], Required: true),
    ]);

    private readonly SpooledPages _pages = new();

    [Fact]
    public void Parse_StreamsTheLargeTable_AndGivesTheDomRowsOnEveryRead()
    {
        var html = LargeTablePages.Article(LargeTablePages.WordTable(4_000) + "<table><tr><td>附注</td><td>无</td></tr></table>");

        var article = new ArticleParser().Parse(html, Url, TestContext.Current.CancellationToken);
        var (domTables, _) = DomArticleReader.Read(html, Url);

        Assert.Equal([true, false], article.Tables.Select(table => table.IsStreamed));
        var large = article.Tables[0];
        Assert.Equal(Flatten(domTables[0].Rows), Flatten(large.ReadRows()));
        Assert.Equal(Flatten(domTables[0].Rows), Flatten(large.ReadRows()));
        Assert.True(large.IsStreamed);
    }

    [Fact]
    public void Parse_HoldsTheLargeTable_WhenItLinksFiles()
    {
        var html = LargeTablePages.Article(LargeTablePages.PlainTable(3_000, cellExtra: "<a href=\"./P1.pdf\">证明材料.pdf</a>"));

        var article = new ArticleParser().Parse(html, Url, TestContext.Current.CancellationToken);

        Assert.False(Assert.Single(article.Tables).IsStreamed);
        Assert.Equal("P1.pdf", Assert.Single(article.Attachments).Url.Segments[^1]);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    public void Find_ReadsTheListFromTheSpoolFile_AndHoldsItOpenOnlyWhileTheRowsAreRead(string charset)
    {
        var encoding = charset == "gb18030" ? CharsetDecoder.Gb18030 : Encoding.UTF8;
        var bytes = encoding.GetBytes(LargeTablePages.Article(LargeTablePages.PlainTable(6_000)));
        var spooled = _pages.Document(Url, bytes, charset);
        var inMemory = new FetchedDocument { Url = Url, StatusCode = 200, Body = bytes, HeaderCharset = charset };

        var article = new ArticleParser { FileWindowBytes = 4096 }.Parse(spooled, overrideCharset: null, TestContext.Current.CancellationToken);
        Assert.Equal(0, OpenHandles(spooled.Spooled!.Path));
        var list = ArticleListTable.Find(article, Map, _ => null, "test list");
        Assert.Equal(1, OpenHandles(spooled.Spooled!.Path));
        var records = list.Records.ToList();

        var expected = ArticleListTable.Find(new ArticleParser().Parse(inMemory, null, TestContext.Current.CancellationToken), Map, _ => null, "test list").Records.ToList();
        Assert.Equal(6_000, records.Count);
        Assert.Equal(expected.Select(Describe), records.Select(Describe));
        Assert.Equal("公司6000", records[^1][RawColumns.EnterpriseName]);
        Assert.Equal(0, OpenHandles(spooled.Spooled!.Path));
    }

    public void Dispose() => _pages.Dispose();

    private static List<string> Flatten(IEnumerable<IReadOnlyList<string>> rows) => rows.Select(row => string.Join(" | ", row)).ToList();

    private static string Describe(RawRecord record) =>
        $"{record.DocumentUrl} {record.RowNumber} {string.Join(",", record.Fields.Select(field => $"{field.Key}={field.Value}"))}";

    // Linux: the process's open file descriptors that point at the file.
    private static int OpenHandles(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => fd.LinkTarget == Path.GetFullPath(path));
}
