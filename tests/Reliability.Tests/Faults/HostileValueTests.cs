using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Faults;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;
using Cases = YuanlingTech.Reliability.Tests.Faults.HostileValueCases;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// A bad value costs its row, never its batch: each value of issue 21 in an inline HTML table, an xlsx attachment and the
/// loans JSON leaves the run succeeded, every other row of the document loaded, its raw document archived (and for loans the
/// cursor stored), and nothing unstorable in the warehouse.
/// </summary>
public sealed class HostileValueTests
{
    private const string Loans = "kv-loans";
    private const string XlsxAttachments = @"^/kjt/xxgk/tzgg/\d{6}/P0\d+\.xlsx$";
    private const string FirstLoanPage = @"^/kvloan/api/loans\?page=1&";

    [Theory]
    [InlineData(Cases.LoneSurrogate, "html")]
    [InlineData(Cases.LoneSurrogate, "xlsx")]
    [InlineData(Cases.NulInUscc, "html")]
    [InlineData(Cases.NulInUscc, "xlsx")]
    [InlineData(Cases.NulInRejectedRow, "html")]
    [InlineData(Cases.NulInRejectedRow, "xlsx")]
    [InlineData(Cases.LongName, "html")]
    [InlineData(Cases.LongName, "xlsx")]
    [InlineData(Cases.Noncharacter, "html")]
    [InlineData(Cases.Noncharacter, "xlsx")]
    public async Task HnteSync_LoadsEveryOtherRow_WhenOneRowOfAListHoldsTheValue(string value, string container)
    {
        var ct = TestContext.Current.CancellationToken;
        var (column, _, text) = Cases.Of(value);
        var rule = new FaultRule(container == "xlsx" ? XlsxAttachments : FaultPlans.ArticlePages, FaultKind.HostileValue)
        {
            Column = column, Value = text, MaxPaths = 1,
        };
        await using var test = await FaultTestHost.StartAsync("hostilevalue", new SimulatorOptions { Faults = [rule] }, FaultPlans.HnteSettings(), ct);
        var truth = test.Simulator.GroundTruth.Hnte;

        var (outcome, _) = await test.SyncAsync(FaultPlans.Hnte, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        var facts = await test.Warehouse.CountAsync("SELECT count(*) FROM warehouse.certification", ct);
        var rejects = await test.Warehouse.QueryAsync(
            "SELECT document_url, row_number, array_to_string(reasons, '; ') FROM ingest.rejected_record", r => (Key: $"{r.GetString(0)}#{r.GetInt32(1)}", Reasons: r.GetString(2)), ct);
        var expectedRows = truth.Certificates.Count + truth.ProposedCount + truth.RevocationCount;
        // The hostile row, when rejected, is one fact less and one reject more; one more reject only when a duplicate row still loads the fact.
        Assert.InRange(facts + rejects.Count, expectedRows + truth.Rejects.Count, expectedRows + truth.Rejects.Count + 1);
        Assert.True(facts >= expectedRows - 1, $"{expectedRows - facts} rows are missing; only the hostile row may be");
        var extra = rejects.ExceptBy(truth.Rejects.Select(r => $"{r.DocumentUrl}#{r.RowNumber}"), r => r.Key).ToList();
        Assert.True(extra.Count <= 1 && extra.All(r => r.Key.StartsWith(url + "#", StringComparison.Ordinal)), string.Join(" | ", extra));
        if (value is Cases.LongName or Cases.NulInRejectedRow)
        {
            var reject = Assert.Single(extra);
            Assert.Contains(value == Cases.LongName ? "characters long" : "is empty", reject.Reasons, StringComparison.Ordinal);
        }

        Assert.Equal(1, await test.Warehouse.CountAsync($"SELECT count(*) FROM ingest.raw_document WHERE url = '{url}'", ct));
        await AssertNothingUnstorableAsync(test, ct);
    }

    [Theory]
    [InlineData(Cases.LoneSurrogate)]
    [InlineData(Cases.NulInUscc)]
    [InlineData(Cases.NulInRejectedRow)]
    [InlineData(Cases.LongName)]
    [InlineData(Cases.Noncharacter)]
    public async Task LoansSync_LoadsEveryOtherRowAndStoresTheCursor_WhenOneItemOfAPageHoldsTheValue(string value)
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, field, text) = Cases.Of(value);
        var rule = new FaultRule(FirstLoanPage, FaultKind.HostileValue) { Column = field, Value = text, MaxPaths = 1 };
        var settings = new Dictionary<string, string?> { [$"Sources:{Loans}:Mode"] = "api", [$"Sources:{Loans}:PageSize"] = "50" };
        await using var test = await FaultTestHost.StartAsync("hostileloan", new SimulatorOptions { Faults = [rule] }, settings, ct);
        var truth = test.Simulator.GroundTruth.Source<KvLoansTruth>(Loans);

        var (outcome, _) = await test.SyncAsync(Loans, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var url = test.UrlOf(FaultPlans.StruckPath(test.Simulator.Timeline.Faulted()));
        var loans = await test.Warehouse.QueryAsync("SELECT loan_no FROM warehouse.loan", r => r.GetString(0), ct);
        Assert.All(loans, l => Assert.True(truth.Loans.ContainsKey(l), $"loan {l} is not in the ground truth"));
        Assert.True(loans.Count >= truth.Loans.Count - 1, $"{truth.Loans.Count - loans.Count} loans are missing; only the hostile item's may be");
        var rejects = await test.Warehouse.QueryAsync(
            "SELECT document_url, array_to_string(reasons, '; ') FROM ingest.rejected_record WHERE source_id = 'kv-loans'", r => (Url: r.GetString(0), Reasons: r.GetString(1)), ct);
        Assert.InRange(rejects.Count, truth.Rejects.Count, truth.Rejects.Count + 1);
        if (value is Cases.LongName or Cases.NulInRejectedRow)
        {
            Assert.Contains(rejects, r => r.Url == url && r.Reasons.Contains(value == Cases.LongName ? "characters long" : "is empty", StringComparison.Ordinal));
        }

        Assert.Equal(outcome.Counters.DocumentsFetched, await test.Warehouse.CountAsync("SELECT count(*) FROM ingest.raw_document WHERE source_id = 'kv-loans'", ct));
        Assert.Equal(1, await test.Warehouse.CountAsync("SELECT count(*) FROM ingest.source_state WHERE source_id = 'kv-loans' AND cursor IS NOT NULL", ct));
        await AssertNothingUnstorableAsync(test, ct);
    }

    private static async Task AssertNothingUnstorableAsync(FaultTestHost test, CancellationToken cancellationToken)
    {
        Assert.Equal(0, await test.Warehouse.CountAsync(
            """
            SELECT (SELECT count(*) FROM warehouse.enterprise_name WHERE strpos(name, U&'\FFFE') > 0 OR length(name) > 300)
                 + (SELECT count(*) FROM warehouse.certification WHERE strpos(enterprise_name, U&'\FFFE') > 0)
                 + (SELECT count(*) FROM warehouse.loan WHERE strpos(enterprise_name, U&'\FFFE') > 0)
            """,
            cancellationToken));
    }
}
