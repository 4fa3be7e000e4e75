using Npgsql;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Reliability.Tests.Infrastructure;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Reliability.Tests.Faults;

/// <summary>
/// Through the real pipeline: a row the database refuses for a reason no normalizer can see (here a check constraint the
/// test adds) is rejected alone with the database's message; the rest of its batch loads, and the batch's raw documents and
/// the cursor are committed.
/// </summary>
public sealed class DatabaseRefusalTests
{
    private const string Loans = "kv-loans";

    [Fact]
    public async Task LoansSync_RejectsOnlyTheRefusedLoan_AndCommitsTheRestOfItsBatchAndTheCursor_WhenACheckConstraintRefusesOneLoan()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { [$"Sources:{Loans}:Mode"] = "api", [$"Sources:{Loans}:PageSize"] = "50" };
        await using var test = await FaultTestHost.StartAsync("dbrefusal", new SimulatorOptions(), settings, ct);
        var truth = test.Simulator.GroundTruth.Source<KvLoansTruth>(Loans);
        var once = truth.ApiOrder.GroupBy(p => p.LoanNo).Where(g => g.Count() == 1).Select(g => g.Key).ToList();
        var refused = once[once.Count / 2];
        await using (var connection = new NpgsqlConnection(test.Database.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"ALTER TABLE warehouse.loan ADD CONSTRAINT ck_test_refused CHECK (loan_no <> '{refused}')", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        var (outcome, _) = await test.SyncAsync(Loans, ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        var loans = await test.Warehouse.QueryAsync("SELECT loan_no FROM warehouse.loan", r => r.GetString(0), ct);
        Assert.Equal(truth.Loans.Keys.Where(k => k != refused).Order(), loans.Order());
        var rejects = await test.Warehouse.QueryAsync(
            "SELECT raw_values ->> 'LoanNo', reasons[1] FROM ingest.rejected_record WHERE source_id = 'kv-loans' AND reasons[1] LIKE 'the database refused%'",
            r => (LoanNo: r.GetString(0), Reason: r.GetString(1)), ct);
        var reject = Assert.Single(rejects);
        Assert.Equal(refused, reject.LoanNo);
        Assert.Contains("23514", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("ck_test_refused", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(truth.Rejects.Count + 1, await test.Warehouse.CountAsync("SELECT count(*) FROM ingest.rejected_record WHERE source_id = 'kv-loans'", ct));
        Assert.Equal(outcome.Counters.DocumentsFetched, await test.Warehouse.CountAsync("SELECT count(*) FROM ingest.raw_document WHERE source_id = 'kv-loans'", ct));
        Assert.Equal(1, await test.Warehouse.CountAsync("SELECT count(*) FROM ingest.source_state WHERE source_id = 'kv-loans' AND cursor IS NOT NULL", ct));
    }
}
