using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Cli;

public sealed class RejectsVerbTests
{
    [Fact]
    public async Task Rejects_ListsEveryRejectedRowBySourceAndReason_AfterASync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("rejects", new SimulatorOptions { Scale = 0.01 }, ct);
        Assert.Equal(SyncStatus.Succeeded, (await test.Get<SourceSyncService>().RunAsync("kjt-hnte", "test", null, ct)).Status);
        var truth = test.Simulator.GroundTruth.Hnte.Rejects;
        using var output = new StringWriter();

        await RejectsVerb.WriteAsync(test.Get<RejectedRecordsQuery>(), "kjt-hnte", null, withRows: true, output, ct);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        var summary = lines.Where(l => l.Length == 3).ToList();
        var rows = lines.Where(l => l.Length == 6).ToList();
        Assert.Equal(rows.Count, summary.Sum(l => int.Parse(l[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(truth.Select(r => $"{r.DocumentUrl}#{r.RowNumber}").Order(), rows.Select(r => $"{r[2]}#{r[3]}").Distinct().Order());
        Assert.All(summary, l => Assert.Equal("kjt-hnte", l[0]));
        Assert.All(rows, r => Assert.StartsWith("{", r[5], StringComparison.Ordinal));
    }
}
