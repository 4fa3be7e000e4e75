using Npgsql;
using YuanlingTech.Storage;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// Two worker executables started at the same moment on a database that does not exist yet: one creates it, one
/// migrates it (the other waits on the advisory lock and finds nothing to do), and both serve.
/// </summary>
public sealed class ConcurrentStartTests
{
    private static readonly string[] Sources = ["kjt-hnte", "kjt-techsme", "market-contracts", "kv-loans", "manual"];

    [Fact]
    public async Task TwoWorkers_BothStart_AndTheSchemaIsMigratedOnce_WhenStartedTogetherOnANewDatabase()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("twostarts", ct);
        await DropAsync(database, ct);

        using var alpha = WorkerProcess.Start("alpha", Settings(database, "alpha"), "run");
        using var beta = WorkerProcess.Start("beta", Settings(database, "beta"), "run");
        await Eventually.HoldsAsync(
            () => Task.FromResult(Running(alpha) && Running(beta) || alpha.HasExited || beta.HasExited),
            TimeSpan.FromSeconds(180),
            () => alpha.Tail() + "\n" + beta.Tail(),
            ct);

        Assert.True(Running(alpha) && Running(beta), alpha.Tail() + "\n" + beta.Tail());
        var reader = new WarehouseReader(database.ConnectionString);
        var applied = await reader.QueryAsync($"SELECT \"MigrationId\" FROM ingest.\"{WarehouseDbContext.MigrationsHistoryTable}\" ORDER BY 1", r => r.GetString(0), ct);
        Assert.Equal(MigrationIds(), applied);
        Assert.Equal(1, await reader.CountAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'warehouse' AND table_name = 'enterprise'", ct));
        await Eventually.HoldsAsync(
            async () => await reader.CountAsync("SELECT count(*) FROM hangfire.server", ct) == 2,
            TimeSpan.FromSeconds(60),
            () => alpha.Tail() + "\n" + beta.Tail(),
            ct);
        Assert.DoesNotContain("42P07", alpha.Output + beta.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("42P04", alpha.Output + beta.Output, StringComparison.Ordinal);
        await alpha.KillAsync(ct);
        await beta.KillAsync(ct);
    }

    private static bool Running(WorkerProcess worker) => worker.Output.Contains("worker running", StringComparison.Ordinal);

    private static List<string> MigrationIds() =>
        [.. typeof(WarehouseDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), inherit: false)
                .OfType<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().SingleOrDefault()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    private static Dictionary<string, string?> Settings(TestDatabase database, string serverName)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = database.ConnectionString,
            ["Worker:Urls"] = "http://127.0.0.1:0",
            ["Worker:ServerName"] = serverName,
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach (var source in Sources)
        {
            settings[$"Sources:{source}:Enabled"] = "false";
        }

        return settings;
    }

    private static async Task DropAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Name}\"", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }
}
