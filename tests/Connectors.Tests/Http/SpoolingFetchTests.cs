using System.Security.Cryptography;
using System.Text;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Tests.Notices;

namespace YuanlingTech.Connectors.Tests.Http;

/// <summary>A body from the threshold on is written to the spool while it arrives, over real HTTP.</summary>
public sealed class SpoolingFetchTests : IDisposable
{
    private const long Threshold = 64 * 1024;

    private readonly BodySpool _spool = new("tests");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fetch_SpoolsALargeBody_WithItsHash_AndItParsesAsItsBytes(bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(LargeTablePages.Article(LargeTablePages.WordTable(1_500)));
        using var server = new LocalHttpServer(bytes, chunked);
        var fetcher = new DocumentFetcher(new HttpClient(), 64L * 1024 * 1024, null, _spool, Threshold);

        var document = await fetcher.FetchAsync(server.BaseUrl, null, TestContext.Current.CancellationToken);

        Assert.NotNull(document.Spooled);
        Assert.StartsWith(_spool.Path, document.Spooled.Path, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, document.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.ContentHash);
        Assert.Equal(bytes, File.ReadAllBytes(document.Spooled.Path));
        var inMemory = new FetchedDocument { Url = server.BaseUrl, StatusCode = 200, Body = bytes, HeaderCharset = "utf-8" };
        var fromBytes = new ArticleParser().Parse(inMemory, null, TestContext.Current.CancellationToken);
        var fromFile = new ArticleParser { FileWindowBytes = 4096 }.Parse(document, null, TestContext.Current.CancellationToken);
        Assert.Equal(fromBytes.Tables.Select(t => t.Rows.Count), fromFile.Tables.Select(t => t.Rows.Count));
        Assert.Equal(fromBytes.Tables.SelectMany(t => t.Rows.SelectMany(r => r)), fromFile.Tables.SelectMany(t => t.Rows.SelectMany(r => r)));
        await using (var stream = document.OpenBody())
        {
            Assert.True(stream.CanSeek);
            Assert.Equal(bytes.Length, stream.Length);
        }

        document.DiscardSpooled();
        Assert.False(File.Exists(document.Spooled.Path));
    }

    [Fact]
    public async Task Fetch_KeepsASmallBodyInMemory()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeTablePages.Article(LargeTablePages.PlainTable(10)));
        using var server = new LocalHttpServer(bytes, chunked: true);
        var fetcher = new DocumentFetcher(new HttpClient(), 64L * 1024 * 1024, null, _spool, Threshold);

        var document = await fetcher.FetchAsync(server.BaseUrl, null, TestContext.Current.CancellationToken);

        Assert.Null(document.Spooled);
        Assert.Equal(bytes, document.Body);
    }

    [Fact]
    public async Task Fetch_RefusesABodyOverTheLimit_AndLeavesNoSpoolFile()
    {
        var bytes = new byte[300 * 1024];
        using var server = new LocalHttpServer(bytes, chunked: true);
        var fetcher = new DocumentFetcher(new HttpClient(), 200 * 1024, null, _spool, Threshold);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(server.BaseUrl, null, TestContext.Current.CancellationToken));

        Assert.Contains("exceeds the limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(_spool.Path) ? Directory.GetFiles(_spool.Path) : []);
    }

    [Fact]
    public async Task Fetch_SaysTheSpoolFailed_WhenTheBodyCannotBeWritten()
    {
        var blocked = new BodySpool("blocked");
        Directory.CreateDirectory(Path.GetDirectoryName(blocked.Path)!);
        await File.WriteAllTextAsync(blocked.Path, "a file where the spool directory should go", TestContext.Current.CancellationToken);
        using var server = new LocalHttpServer(new byte[200 * 1024], chunked: false);
        var fetcher = new DocumentFetcher(new HttpClient(), 64L * 1024 * 1024, null, blocked, Threshold);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(server.BaseUrl, null, TestContext.Current.CancellationToken));

        File.Delete(blocked.Path);
        Assert.Contains("writing the body to", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _spool.Delete();
        Assert.False(Directory.Exists(_spool.Path));
    }
}
