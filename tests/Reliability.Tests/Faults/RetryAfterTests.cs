using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>429 and 503 with Retry-After: the retry waits as told, and two sources on one host never exceed its politeness limit.</summary>
public sealed class RetryAfterTests
{
    // Server-side timestamps of two requests on one loopback connection: allow for timer granularity only.
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(15);

    [Theory]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ServiceUnavailable)]
    public async Task Sync_WaitsAtLeastRetryAfterBeforeRetrying_AndLoadsEverything(FaultKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var rule = new FaultRule(FaultPlans.ArticlePages, kind) { Times = 1, MaxPaths = 2, RetryAfterSeconds = 2 };
        await using var test = await FaultTestHost.StartAsync("retryafter", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(), ct);

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var struck = test.Simulator.Timeline.Faulted().Select(r => r.Path).Distinct().ToList();
        Assert.Equal(2, struck.Count);
        foreach (var path in struck)
        {
            var attempts = test.Simulator.Timeline.For(path);
            Assert.Equal(2, attempts.Count);
            var waited = attempts[1].Started - attempts[0].AwaitingUntil;
            Assert.True(waited >= TimeSpan.FromSeconds(rule.RetryAfterSeconds) - Slack, $"{path}: retried after {waited.TotalMilliseconds:F0} ms, Retry-After was {rule.RetryAfterSeconds} s");
        }

        await HnteWarehouseAssert.MatchesAsync(test.Warehouse, test.Simulator.GroundTruth.Hnte, ct);
    }

    [Fact]
    public async Task TwoSourcesOnOneHost_NeverExceedItsConcurrencyOrGap_EvenWhileRetrying()
    {
        var ct = TestContext.Current.CancellationToken;
        var gap = TimeSpan.FromMilliseconds(40);
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.TooManyRequests) { Times = 1, MaxPaths = 3, RetryAfterSeconds = 1 };
        var settings = new Dictionary<string, string?>();
        foreach (var source in new[] { FaultPlans.Hnte, "kjt-techsme" })
        {
            settings[$"Sources:{source}:MaxConcurrency"] = "1";
            settings[$"Sources:{source}:RequestDelayMs"] = gap.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var test = await FaultTestHost.StartAsync("polite", new SimulatorOptions { Faults = [rule] }, settings, ct);

        var runs = await Task.WhenAll(test.SyncAsync(FaultPlans.Hnte, ct), test.SyncAsync("kjt-techsme", ct));

        Assert.All(runs, r => Assert.True(r.Outcome.Status == SyncStatus.Succeeded, r.Outcome.Error));
        var requests = test.Simulator.Timeline.Snapshot();
        Assert.Equal(3, test.Simulator.Timeline.Faulted().Count);
        Assert.True(requests.Count > 20, "both sources must have made requests");
        for (var i = 1; i < requests.Count; i++)
        {
            var (previous, next) = (requests[i - 1], requests[i]);
            Assert.True(next.Started >= previous.AwaitingUntil, $"{next} started while {previous} was still awaiting its answer");
            Assert.True(next.Started - previous.AwaitingUntil >= gap - Slack, $"{next} came {(next.Started - previous.AwaitingUntil).TotalMilliseconds:F0} ms after {previous} was answered");
        }
    }
}
