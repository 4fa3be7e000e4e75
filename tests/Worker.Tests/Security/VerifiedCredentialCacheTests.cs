using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

public sealed class VerifiedCredentialCacheTests
{
    private const string Header = "Basic YWRtaW46cGFzcw==";

    [Fact]
    public void Find_ReturnsTheRole_OnlyForTheExactHeaderAndOnlyUntilItExpires()
    {
        var time = new ManualTime();
        var cache = new VerifiedCredentialCache(TimeSpan.FromSeconds(60), time);

        cache.Remember(Header, DashboardRole.Admin);
        var exact = cache.Find(Header);
        var other = cache.Find("Basic YWRtaW46cGFzcx==");
        time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(DashboardRole.Admin, exact);
        Assert.Equal(DashboardRole.None, other);
        Assert.Equal(DashboardRole.None, cache.Find(Header));
    }

    [Fact]
    public void Remember_KeepsNothing_WhenTheLifetimeIsZero()
    {
        var cache = new VerifiedCredentialCache(TimeSpan.Zero, new ManualTime());

        cache.Remember(Header, DashboardRole.Reader);

        Assert.Equal(DashboardRole.None, cache.Find(Header));
    }

    [Fact]
    public void Remember_ReplacesTheOldestEntry_WhenFull()
    {
        var time = new ManualTime();
        var cache = new VerifiedCredentialCache(TimeSpan.FromMinutes(5), time);
        for (var i = 0; i < 17; i++)
        {
            cache.Remember($"Basic {i}", DashboardRole.Reader);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(DashboardRole.None, cache.Find("Basic 0"));
        Assert.Equal(DashboardRole.Reader, cache.Find("Basic 1"));
        Assert.Equal(DashboardRole.Reader, cache.Find("Basic 16"));
    }
}
