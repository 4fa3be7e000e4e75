using System.Diagnostics;
using System.Net;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// Failed dashboard logins over real HTTP: a client that guesses too often gets 429 without a password check, other
/// clients still log in, and a flood of bad logins does not starve the health endpoint. Each test is its own client
/// (its own loopback source address), so the tests do not share counts.
/// </summary>
public sealed class LoginThrottlingTests(ThrottledServerFixture server) : IClassFixture<ThrottledServerFixture>
{
    private const string Page = "/hangfire/recurring";

    [Fact]
    public async Task Login_Returns429WithRetryAfter_AfterMaxFailedLoginsFromOneClient()
    {
        var ct = TestContext.Current.CancellationToken;
        using var guesser = server.Client(AdminUser, "wrong", IPAddress.Parse("127.0.0.2"));

        for (var i = 0; i < ThrottledServerFixture.MaxFailedLogins; i++)
        {
            using var failed = await guesser.GetAsync(Page, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var refused = await guesser.GetAsync(Page, ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
    }

    [Fact]
    public async Task Login_StillWorksFromAnotherClient_WhenOneClientIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var guesser = server.Client(ReaderUser, "wrong", IPAddress.Parse("127.0.0.3"));
        for (var i = 0; i <= ThrottledServerFixture.MaxFailedLogins; i++)
        {
            (await guesser.GetAsync(Page, ct)).Dispose();
        }

        using var stillRefused = await guesser.GetAsync(Page, ct);
        using var reader = server.Client(ReaderUser, ReaderPassword, IPAddress.Parse("127.0.0.4"));
        using var admin = server.Client(AdminUser, AdminPassword, IPAddress.Parse("127.0.0.4"));

        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(Page, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Page, ct)).StatusCode);
    }

    [Fact]
    public async Task Login_ForgetsTheFailures_WhenTheClientLogsInCorrectly()
    {
        var ct = TestContext.Current.CancellationToken;
        var address = IPAddress.Parse("127.0.0.5");
        using var typo = server.Client(ReaderUser, "reader-pass-3", address);
        using var reader = server.Client(ReaderUser, ReaderPassword, address);

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < ThrottledServerFixture.MaxFailedLogins - 1; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await typo.GetAsync(Page, ct)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(Page, ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Health_Answers_WhileSixteenParallelBadLoginsRun()
    {
        var ct = TestContext.Current.CancellationToken;
        var clients = Enumerable.Range(1, 16).Select(i => server.Client(AdminUser, $"guess-{i}", IPAddress.Parse($"127.0.1.{i}"))).ToList();
        using var health = server.Client();
        try
        {
            var clock = Stopwatch.StartNew();
            var flood = clients.Select(async client =>
            {
                using var response = await client.GetAsync(Page, ct);
                return (response.StatusCode, At: clock.Elapsed);
            }).ToList();

            var answers = new List<(HttpStatusCode Status, TimeSpan Took)>();
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await health.GetAsync("/health/live", ct);
                answers.Add((response.StatusCode, watch.Elapsed));
            }

            var healthDone = clock.Elapsed;
            var logins = await Task.WhenAll(flood);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
            Assert.All(answers, a => Assert.True(a.Took < TimeSpan.FromSeconds(5), $"/health/live took {a.Took} during the flood"));
            Assert.All(logins, l => Assert.Contains(l.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
            Assert.True(logins.Max(l => l.At) > healthDone, "every bad login was answered before the health checks: they did not overlap");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
