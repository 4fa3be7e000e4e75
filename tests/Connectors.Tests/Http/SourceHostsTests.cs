using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Tests.Http;

public sealed class SourceHostsTests
{
    private static readonly SourceHosts Hosts = new(
        "kjt-hnte",
        [new Uri("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html"), new Uri("http://127.0.0.1:5080/gqrdw/list.shtml")],
        ["files.hunan.gov.cn", "cdn.example:8443"]);

    [Theory]
    [InlineData("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t1.html")]
    [InlineData("https://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202506/t1.html")]
    [InlineData("http://KJT.hunan.gov.cn/a.xlsx")]
    [InlineData("http://127.0.0.1:5080/gqrdw/a.pdf")]
    [InlineData("https://files.hunan.gov.cn/a.xlsx")]
    [InlineData("https://cdn.example:8443/a.xlsx")]
    public void Allows_ReturnsTrue_WhenTheUrlIsOnAConfiguredOrListedHost(string url) => Assert.True(Hosts.Allows(new Uri(url)));

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:6379/")]
    [InlineData("http://kjt.hunan.gov.cn:8080/a.html")]
    [InlineData("http://evil.hunan.gov.cn.example/a.xlsx")]
    [InlineData("https://cdn.example/a.xlsx")]
    [InlineData("ftp://kjt.hunan.gov.cn/a.xlsx")]
    [InlineData("file:///etc/passwd")]
    public void Allows_ReturnsFalse_WhenTheUrlIsOnAnyOtherHostPortOrScheme(string url) => Assert.False(Hosts.Allows(new Uri(url)));

    [Fact]
    public void Refusal_NamesTheHostAndTheKey()
    {
        var refusal = Hosts.Refusal(new Uri("http://169.254.169.254/latest/meta-data/"));

        Assert.StartsWith("host 169.254.169.254 is not one of kjt-hnte's hosts (", refusal, StringComparison.Ordinal);
        Assert.EndsWith("list it in Sources:kjt-hnte:AllowedHosts to allow it", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://kjt.hunan.gov.cn")]
    [InlineData("kjt.hunan.gov.cn/path")]
    [InlineData("kjt.hunan.gov.cn:port")]
    [InlineData("")]
    public void ParseEntry_ReturnsNull_WhenTheEntryIsNotAHostOrHostAndPort(string entry) => Assert.Null(SourceHosts.ParseEntry(entry));
}
