using System.Net;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

public sealed class FailedLoginLimiterTests
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.7");

    [Fact]
    public void TryBegin_RefusesUntilTheWindowEnds_AfterMaxAttempts()
    {
        var time = new ManualTime();
        var limiter = new FailedLoginLimiter(3, TimeSpan.FromMinutes(5), time);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(limiter.TryBegin(Client).Allowed));
        time.Advance(TimeSpan.FromMinutes(1));
        var refused = limiter.TryBegin(Client);
        var again = limiter.TryBegin(Client);
        time.Advance(TimeSpan.FromMinutes(4));

        Assert.False(refused.Allowed);
        Assert.True(refused.FirstRefusal);
        Assert.False(again.FirstRefusal);
        Assert.Equal(TimeSpan.FromMinutes(4), refused.RetryAfter);
        Assert.True(limiter.TryBegin(Client).Allowed);
        Assert.True(limiter.TryBegin(IPAddress.Parse("192.0.2.8")).Allowed);
    }

    [Fact]
    public void Succeeded_ClearsTheClientsCount()
    {
        var limiter = new FailedLoginLimiter(2, TimeSpan.FromMinutes(5), new ManualTime());
        limiter.TryBegin(Client);
        limiter.TryBegin(Client);

        limiter.Succeeded(Client);

        Assert.True(limiter.TryBegin(Client).Allowed);
    }

    [Fact]
    public void TryBegin_CountsAnIPv6Slash64AsOneClient()
    {
        var limiter = new FailedLoginLimiter(1, TimeSpan.FromMinutes(5), new ManualTime());

        Assert.True(limiter.TryBegin(IPAddress.Parse("2001:db8:1:2::1")).Allowed);

        Assert.False(limiter.TryBegin(IPAddress.Parse("2001:db8:1:2:ffff::9")).Allowed);
        Assert.True(limiter.TryBegin(IPAddress.Parse("2001:db8:1:3::1")).Allowed);
    }

    [Fact]
    public void TryBegin_LetsAtMostMaxAttemptsThrough_WhenTheyArriveInParallel()
    {
        var limiter = new FailedLoginLimiter(5, TimeSpan.FromMinutes(5), new ManualTime());

        var allowed = Enumerable.Range(0, 64).AsParallel().Count(_ => limiter.TryBegin(Client).Allowed);

        Assert.Equal(5, allowed);
    }
}
