using Npgsql;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Quality;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Jobs;
using YuanlingTech.Worker.Quality;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Quality;

/// <summary>
/// The check catalog over a warehouse synced from every simulated source: all error-level checks pass, then each break
/// of the warehouse fails exactly the check that guards it (and nothing else), and the job fails naming it.
/// </summary>
public sealed class DataQualityChecksTests
{
    [Fact]
    public async Task Checks_PassAfterSync_AndEachBreakFailsExactlyItsCheck()
    {
        var ct = TestContext.Current.CancellationToken;
        var inbox = Directory.CreateTempSubdirectory("yt-checks-inbox-");
        try
        {
            await using var test = await WorkerTestHost.StartAsync("checks", new SimulatorOptions { Scale = 0.01, Seed = 11, ManualInboxPath = inbox.FullName }, ct);
            var outcomes = await SyncVerb.SyncAllAsync(test.Services, "all", "test", ct);
            Assert.All(outcomes, o => Assert.True(o.Status == SyncStatus.Succeeded, $"{o.SourceId}: {o.Error}"));
            var service = test.Get<DataQualityService>();

            var clean = await service.RunAsync("test", ct);
            Assert.True(clean.Failed == 0, Describe(clean));
            Assert.Equal(5, clean.Outcomes.Count(o => o.Check.Category == "freshness" && o.Check.Severity == CheckSeverity.Error));
            Assert.True(await CountAsync(test, "SELECT count(*) FROM ingest.sync_run WHERE status = 'succeeded'", ct) >= 5);
            Assert.True(await CountAsync(test, "SELECT count(*) FROM ingest.sync_run WHERE records_extracted > 0", ct) >= 5);
            await test.Get<DataQualityCheckJob>().RunAsync("test", ct);

            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (check, sql) in Breaks)
            {
                await ExecuteAsync(test, sql, ct);
                expected.Add(check);
                var report = await service.RunAsync("test", ct);
                Assert.Equal(expected, new SortedSet<string>(report.Outcomes.Where(o => o.Status == CheckOutcome.Fail).Select(o => o.Check.Name), StringComparer.Ordinal));
            }

            var failure = await Assert.ThrowsAsync<DataQualityCheckFailedException>(() => test.Get<DataQualityCheckJob>().RunAsync("test", ct));
            Assert.All(expected, check => Assert.Contains(check, failure.Message, StringComparison.Ordinal));
            Assert.Equal("failed", await ScalarAsync(test, "SELECT status FROM ingest.check_run ORDER BY id DESC LIMIT 1", ct));
            Assert.Equal(expected.Count, await CountAsync(test, "SELECT count(*) FROM report.check_latest WHERE status = 'fail'", ct));
            Assert.Equal(Breaks.Length + 3, await CountAsync(test, "SELECT count(*) FROM ingest.check_run", ct));
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SharedNameCheck_Warns_WithoutFailingTheRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await WorkerTestHost.StartAsync("checks-warn", new SimulatorOptions { Scale = 0.01, Seed = 12 }, ct);
        await ExecuteAsync(test, """
            INSERT INTO warehouse.region (code, name, level) SELECT '431222', '沅陵县', 3 WHERE NOT EXISTS (SELECT 1 FROM warehouse.region WHERE code = '431222');
            INSERT INTO warehouse.enterprise (uscc, name, name_key, region_code, name_published_on, source_id)
            VALUES ('91431222MA4L41Y04R', '沅陵同名有限公司', '沅陵同名', '431222', '2025-01-01', 'test'),
                   ('91431222MA4L41Y12J', '沅陵同名有限公司', '沅陵同名', '431222', '2025-02-01', 'test');
            """, ct);

        var report = await test.Get<DataQualityService>().RunAsync("test", ct);

        var shared = report.Outcomes.Single(o => o.Check.Name == "entity:shared_names");
        Assert.Equal((CheckOutcome.Warn, 1L), (shared.Status, shared.FailingRows));
        Assert.Contains("91431222MA4L41Y04R", shared.Sample, StringComparison.Ordinal);
    }

    // Each statement breaks one guarantee the way a bug or a hand edit would; constraints that would stop it are dropped first.
    private static readonly (string Check, string Sql)[] Breaks =
    [
        ("reconciliation:ingest.sync_run",
            "UPDATE ingest.sync_run SET records_extracted = records_extracted + 1 WHERE id = (SELECT max(id) FROM ingest.sync_run WHERE status = 'succeeded')"),
        ("freshness:kv-loans:error",
            "UPDATE ingest.source_state SET last_success_at = now() - interval '400 days' WHERE source_id = 'kv-loans'"),
        ("unique:warehouse.enterprise(uscc)", """
            DROP INDEX warehouse.ux_enterprise_uscc;
            CREATE TEMP TABLE twin AS SELECT * FROM warehouse.enterprise ORDER BY id LIMIT 1;
            UPDATE twin SET id = (SELECT max(id) + 1 FROM warehouse.enterprise);
            INSERT INTO warehouse.enterprise OVERRIDING SYSTEM VALUE SELECT * FROM twin
            """),
        ("not_null:warehouse.certification.enterprise_name", """
            ALTER TABLE warehouse.certification ALTER COLUMN enterprise_name DROP NOT NULL;
            UPDATE warehouse.certification SET enterprise_name = NULL WHERE id = (SELECT min(id) FROM warehouse.certification)
            """),
        ("relationship:warehouse.rd_spending.enterprise_id", """
            SET session_replication_role = replica;
            UPDATE warehouse.rd_spending SET enterprise_id = -7 WHERE id = (SELECT min(id) FROM warehouse.rd_spending WHERE enterprise_id IS NOT NULL);
            SET session_replication_role = origin
            """),
        ("accepted_values:warehouse.loan.status", """
            ALTER TABLE warehouse.loan DROP CONSTRAINT ck_loan_status;
            UPDATE warehouse.loan SET status = 'lost' WHERE id = (SELECT max(id) FROM warehouse.loan)
            """),
        ("range:warehouse.tech_contract.contract_amount", """
            UPDATE warehouse.tech_contract SET contract_amount = 50000000000 WHERE id = (SELECT min(id) FROM warehouse.tech_contract)
            """),
        ("not_future:warehouse.tech_contract.registered_on", """
            UPDATE warehouse.tech_contract SET registered_on = current_date + 40 WHERE id = (SELECT max(id) FROM warehouse.tech_contract)
            """),
        ("entity:link_method:warehouse.certification.enterprise_id", """
            UPDATE warehouse.certification SET match_method = 'none'
            WHERE id = (SELECT max(id) FROM warehouse.certification WHERE match_method = 'uscc')
            """),
    ];

    private static string Describe(CheckRunReport report) => string.Join(
        Environment.NewLine,
        report.Outcomes.Where(o => o.Status != CheckOutcome.Pass).Select(o => $"{o.Status} {o.Check.Name}: {o.FailingRows} {o.Sample}"));

    private static async Task ExecuteAsync(WorkerTestHost test, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(test.Database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static Task<long> CountAsync(WorkerTestHost test, string sql, CancellationToken ct) =>
        new WarehouseReader(test.Database.ConnectionString).CountAsync(sql, ct);

    private static async Task<string> ScalarAsync(WorkerTestHost test, string sql, CancellationToken ct) =>
        (await new WarehouseReader(test.Database.ConnectionString).QueryAsync(sql, r => r.GetString(0), ct)).Single();
}
