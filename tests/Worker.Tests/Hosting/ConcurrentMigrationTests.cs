using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Storage;
using YuanlingTech.Storage.Database;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>Several workers migrating a database that does not exist yet, all at the same moment.</summary>
public sealed class ConcurrentMigrationTests
{
    private const int Migrators = 4;

    [Fact]
    public async Task MigrateAsync_CreatesAndMigratesOnce_WhenFourWorkersStartTogetherOnANewDatabase()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("migrate_race", ct);
        await DropAsync(database, ct);
        var hosts = Enumerable.Range(0, Migrators)
            .Select(_ => WorkerHost.BuildTool(new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = database.ConnectionString }, quiet: true))
            .ToList();
        try
        {
            using var start = new Barrier(Migrators);
            var migrations = hosts.Select(host => Task.Run(
                async () =>
                {
                    start.SignalAndWait(ct);
                    await MigrateVerb.MigrateAsync(host.Services, ct);
                },
                ct));

            await Task.WhenAll(migrations);

            await using var scope = hosts[0].Services.CreateAsyncScope();
            var dbContext = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            var dataSource = scope.ServiceProvider.GetRequiredService<NpgsqlDataSource>();
            Assert.Empty(await MigrationHistory.PendingAsync(dbContext, dataSource, ct));
            var applied = await new WarehouseReader(database.ConnectionString).QueryAsync(
                $"SELECT \"MigrationId\" FROM ingest.\"{WarehouseDbContext.MigrationsHistoryTable}\" ORDER BY 1", r => r.GetString(0), ct);
            Assert.Equal(dbContext.Database.GetMigrations().Order(StringComparer.Ordinal), applied);
            Assert.Equal(1, await new WarehouseReader(database.ConnectionString).CountAsync(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'warehouse' AND table_name = 'enterprise'", ct));
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
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
