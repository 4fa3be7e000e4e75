using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Storage.Tests;

public sealed class MigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrate_SeedsEveryRegion_WhenDatabaseIsEmpty()
    {
        var ct = TestContext.Current.CancellationToken;

        var regions = await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.region", ct);
        var yuanling = await database.ScalarAsync<string>("SELECT name FROM warehouse.region WHERE code = '431222'", ct);
        var aliases = await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.region_alias", ct);

        Assert.Equal(HunanDivisions.All.Count, regions);
        Assert.True(regions >= 27);
        Assert.Equal("沅陵县", yuanling);
        Assert.Equal(HunanDivisions.Aliases.Count, aliases);
    }

    [Fact]
    public async Task Migrate_CreatesReportFunction_ThatReturnsEveryRegion()
    {
        var ct = TestContext.Current.CancellationToken;

        var rows = await database.ScalarAsync<long>("SELECT count(*) FROM report.hnte_valid_count(DATE '2025-12-31')", ct);
        var total = await database.ScalarAsync<long>("SELECT sum(valid_count)::bigint FROM report.hnte_valid_count(DATE '2025-12-31')", ct);

        Assert.Equal(HunanDivisions.All.Count, rows);
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task Model_MatchesTheMigrations_SoTheDeclaredValuesBuildTheSameConstraints()
    {
        await using var scope = database.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();

        Assert.False(context.Database.HasPendingModelChanges(), "the EF model differs from the last migration's snapshot");
    }

    [Fact]
    public async Task Migrate_IsANoOp_WhenRunTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);

        var context = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
        var applied = await database.ScalarAsync<long>("SELECT count(*) FROM ingest.__ef_migrations_history", ct);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(context.Database.GetMigrations().Count(), applied);
    }

    [Fact]
    public void Migrations_MatchTheModel_SoNoChangeLacksAMigration()
    {
        using var scope = database.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The model differs from src/Storage/Migrations/WarehouseDbContextModelSnapshot.cs: add a migration with scripts/ef-add-migration.sh <Name>.");
    }
}
