using Hangfire.PostgreSql;
using Npgsql;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// A login that is a member of the <c>report_reader</c> role (created by the migrations) reads every report view and
/// function and is refused every table of <c>warehouse</c>, <c>ingest</c> and <c>hangfire</c>.
/// </summary>
public sealed class ReportReaderRoleTests
{
    private static readonly string[] ClosedSchemas = ["warehouse", "ingest", "hangfire"];

    [Fact]
    public async Task ReportReader_SelectsEveryReportView_AndIsRefusedEverythingElse()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("reader", ct);
        using (var host = WorkerHost.BuildTool(new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = database.ConnectionString }, quiet: true))
        {
            await MigrateVerb.MigrateAsync(host.Services, ct);
        }

        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync(ct);
            PostgreSqlObjectsInstaller.Install(admin, "hangfire");
        }

        var login = "yt_reader_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(database.ConnectionString, $"CREATE ROLE {login} LOGIN IN ROLE report_reader", ct);
        try
        {
            var reader = new WarehouseReader(database.ConnectionString);
            var views = await reader.QueryAsync(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema = 'report' ORDER BY 1", r => r.GetString(0), ct);
            var closed = await reader.QueryAsync(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1",
                r => r.GetString(0),
                ct,
                new object[] { ClosedSchemas });
            Assert.True(views.Count >= 5, $"expected the report views, found {string.Join(", ", views)}");
            Assert.Contains(closed, t => t.StartsWith("hangfire.", StringComparison.Ordinal));
            Assert.Contains("warehouse.certification", closed);
            Assert.Contains("ingest.sync_run", closed);

            var asReader = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = login, Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(asReader);
            await connection.OpenAsync(ct);
            var refused = new List<string>();
            foreach (var sql in views.Select(v => $"SELECT * FROM {v} LIMIT 1").Append("SELECT * FROM report.hnte_valid_count(current_date)"))
            {
                try
                {
                    await QueryAsync(connection, sql, ct);
                }
                catch (PostgresException ex)
                {
                    refused.Add($"{sql}: {ex.SqlState} {ex.MessageText} {ex.Where}");
                }
            }

            var allowed = new List<string>();
            foreach (var table in closed)
            {
                foreach (var sql in new[] { $"SELECT * FROM {table} LIMIT 1", $"INSERT INTO {table} DEFAULT VALUES" })
                {
                    var refusal = await Assert.ThrowsAsync<PostgresException>(() => QueryAsync(connection, sql, ct));
                    if (refusal.SqlState != PostgresErrorCodes.InsufficientPrivilege)
                    {
                        allowed.Add($"{sql}: {refusal.SqlState} {refusal.MessageText}");
                    }
                }
            }

            Assert.Empty(allowed);
            Assert.Empty(refused);
            Assert.True(closed.Count > 20, $"only {closed.Count} tables checked");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(database.ConnectionString, $"DROP ROLE IF EXISTS {login}", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task QueryAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
        }
    }
}
