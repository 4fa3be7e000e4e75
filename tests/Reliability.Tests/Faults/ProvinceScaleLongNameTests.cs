using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using Cases = YuanlingTech.Reliability.Tests.Faults.HostileValueCases;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// The issue's own check at province size: one 1,000-character name in one row of a scale-0.3 HNTE list (once 0 of 20,672
/// rows loaded) costs that row; every other row of the province loads.
/// </summary>
public sealed class ProvinceScaleLongNameTests
{
    [Fact]
    public async Task HnteSync_LoadsEveryOtherRowOfTheProvince_WhenOneRowHoldsA1000CharacterName()
    {
        var ct = TestContext.Current.CancellationToken;
        var (column, _, text) = Cases.Of(Cases.LongName);
        var rule = new FaultRule(FaultPlans.ArticlePages, FaultKind.HostileValue) { Column = column, Value = text, MaxPaths = 1 };
        await using var test = await FaultTestHost.StartAsync(
            "provincelongname", new SimulatorOptions { Scale = 0.3, Faults = [rule] }, FaultPlans.HnteSettings(), ct);
        var truth = test.Simulator.GroundTruth.Hnte;

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        var expectedRows = truth.Certificates.Count + truth.ProposedCount + truth.RevocationCount;
        var facts = await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct);
        var hostile = await test.Warehouse.QueryAsync(
            $"SELECT array_to_string(reasons, '; ') FROM ingest.rejected_record WHERE document_url = '{url}' AND array_to_string(reasons, ' ') LIKE '%characters long%'",
            r => r.GetString(0), ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"scale 0.3: {facts} of {expectedRows} rows loaded; reject: {string.Join(" | ", hostile)}");
        Assert.True(expectedRows > 10_000, $"scale 0.3 should publish a province-sized list ({expectedRows} rows)");
        Assert.InRange(facts, expectedRows - 1, expectedRows);
        Assert.Contains("企业名称 is 1000 characters long; at most 300 are stored", Assert.Single(hostile), StringComparison.Ordinal);
    }
}
