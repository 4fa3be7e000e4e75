using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using YuanlingTech.Storage.Configurations;

namespace YuanlingTech.Storage;

/// <summary>Lets <c>dotnet ef</c> build the model without the Worker host; no database is contacted to add a migration.</summary>
public sealed class DesignTimeWarehouseDbContextFactory : IDesignTimeDbContextFactory<WarehouseDbContext>
{
    private const string FallbackConnectionString = "Host=127.0.0.1;Port=55433;Username=postgres;Database=yuanling";

    public WarehouseDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("YUANLING_DB") ?? FallbackConnectionString;
        var options = new DbContextOptionsBuilder<WarehouseDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(WarehouseDbContext.MigrationsHistoryTable, WarehouseSchemas.Ingest))
            .Options;
        return new WarehouseDbContext(options);
    }
}
