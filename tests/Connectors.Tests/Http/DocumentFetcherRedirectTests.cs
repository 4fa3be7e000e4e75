using System.Net;
using System.Text;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class DocumentFetcherRedirectTests
{
    private const string Url = "http://portal.test/kjt/index.html";

    private static readonly SourceHosts Hosts = new("kjt-hnte", [new Uri(Url)], []);

    [Fact]
    public async Task Fetch_FollowsARelativeRedirect_AsARequestOfItsOwn_AndKeepsTheDocumentsUrl()
    {
        var handler = new MappedHttpHandler(new()
        {
            [Url] = _ => Redirect("/kjt/moved.html"),
            ["http://portal.test/kjt/moved.html"] = _ => MappedHttpHandler.Ok(Encoding.UTF8.GetBytes("moved")),
        });
        var fetcher = new DocumentFetcher(new HttpClient(handler), 1024, hosts: Hosts);

        var document = await fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new Uri(Url), document.Url);
        Assert.Equal("moved"u8.ToArray(), document.Body);
    }

    [Theory]
    [InlineData("http://other.test/a.xlsx", "host other.test")]
    [InlineData("http://portal.test:8080/a.xlsx", "host portal.test:8080")]
    [InlineData("file:///etc/passwd", "scheme file")]
    public async Task Fetch_RefusesWithoutSendingAnything_WhenTheUrlIsNotOnTheSourcesHosts(string url, string refused)
    {
        var handler = new MappedHttpHandler([]);
        var fetcher = new DocumentFetcher(new HttpClient(handler), 1024, hosts: Hosts);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(url), null, TestContext.Current.CancellationToken));

        Assert.StartsWith($"GET {new Uri(url)} failed: refused: {refused} is not one of kjt-hnte's hosts", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Fetch_FailsNamingTheUrl_WhenARedirectHasNoLocation()
    {
        var handler = new MappedHttpHandler(new() { [Url] = _ => new HttpResponseMessage(HttpStatusCode.Found) });
        var fetcher = new DocumentFetcher(new HttpClient(handler), 1024, hosts: Hosts);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken));

        Assert.Equal($"GET {Url} failed: HTTP 302 redirect from {Url} without a Location", error.Message);
    }

    [Fact]
    public async Task Fetch_RefusesWithoutSendingAnything_WhenTheUrlOrARedirectIsLongerThanTheWarehouseStores()
    {
        var overlong = "http://portal.test/kjt/" + new string('a', YuanlingTech.Normalization.Text.TextBounds.Url) + ".html";
        var handler = new MappedHttpHandler(new() { [Url] = _ => Redirect(overlong) });
        var fetcher = new DocumentFetcher(new HttpClient(handler), 1024, hosts: Hosts);

        var direct = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(overlong), null, TestContext.Current.CancellationToken));
        var redirected = await Assert.ThrowsAsync<SourceFetchException>(() => fetcher.FetchAsync(new Uri(Url), null, TestContext.Current.CancellationToken));

        Assert.Contains($"is {overlong.Length} characters long; at most 2000 are stored", direct.Message, StringComparison.Ordinal);
        Assert.StartsWith($"GET {Url} failed: the link http://portal.test/kjt/aaa", redirected.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    private static HttpResponseMessage Redirect(string location) => new(HttpStatusCode.MovedPermanently) { Headers = { Location = new Uri(location, UriKind.RelativeOrAbsolute) } };
}
