using System.Net;
using System.Text;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class DocumentFetcherTests
{
    private const string Url = "http://portal.test/kjt/index.html";

    [Fact]
    public async Task Fetch_SendsConditionalHeadersAndReportsNotModified_WhenCached()
    {
        var handler = new MappedHttpHandler(new()
        {
            [Url] = request => request.Headers.IfNoneMatch.Any(t => t.Tag == "\"v1\"")
                ? new HttpResponseMessage(HttpStatusCode.NotModified)
                : MappedHttpHandler.Ok(Encoding.UTF8.GetBytes("new"), "\"v2\""),
        });
        var fetcher = new DocumentFetcher(new HttpClient(handler), 1024);
        var cached = new CachedDocument("\"v1\"", DateTimeOffset.Parse("2026-01-01T00:00:00Z"), "hash");

        var document = await fetcher.FetchAsync(new Uri(Url), cached, TestContext.Current.CancellationToken);

        Assert.True(document.NotModified);
        Assert.Empty(document.Body);
        Assert.NotNull(handler.Requests.Single().Headers.IfModifiedSince);
    }

    [Fact]
    public async Task Fetch_ReturnsBodyHashAndEtag_WhenTheDocumentChanged()
    {
        var body = Encoding.UTF8.GetBytes("<html>名单</html>");
        var fetcher = new DocumentFetcher(new HttpClient(new MappedHttpHandler(new() { [Url] = _ => MappedHttpHandler.Ok(body, "\"v2\"") })), 1024);

        var document = await fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken);

        Assert.Equal(body, document.Body);
        Assert.Equal("\"v2\"", document.ETag);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)), document.ContentHash);
    }

    [Fact]
    public async Task Fetch_ThrowsNamingUrlAndStatus_WhenTheServerFails()
    {
        var fetcher = new DocumentFetcher(
            new HttpClient(new MappedHttpHandler(new() { [Url] = _ => new HttpResponseMessage(HttpStatusCode.InternalServerError) })), 1024);

        var ex = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken));

        Assert.Contains(Url, ex.Message, StringComparison.Ordinal);
        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefusesTheBody_WhenItExceedsTheLimit()
    {
        var fetcher = new DocumentFetcher(new HttpClient(new MappedHttpHandler(new() { [Url] = _ => MappedHttpHandler.Ok(new byte[4096]) })), 1024);

        var ex = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken));

        Assert.Contains("limit of 1024", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ReturnsTheWholeBody_WhenItsLengthIsUnknownAndSpansManyReads()
    {
        var body = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var fetcher = new DocumentFetcher(
            new HttpClient(new MappedHttpHandler(new() { [Url] = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new UnknownLengthStream(body)) } })),
            1024 * 1024);

        var document = await fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken);

        Assert.Equal(body, document.Body);
    }
}
