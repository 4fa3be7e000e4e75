using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Storage.Configurations;
using YuanlingTech.Storage.Database;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Storage.Quality;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Composition;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Every Storage service: the data source, the warehouse context, the migrator, the stores and readers, and the
    /// loader each source names in <c>SourceRegistry</c>. The connection string is the only setting Storage reads; the host
    /// checks it (its one-line error names the key), so it is passed in, not looked up here.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddSingleton(_ => NpgsqlDataSource.Create(WithLoadTimeout(connectionString)));
        services.AddDbContext<WarehouseDbContext>((provider, options) => options.UseNpgsql(
            provider.GetRequiredService<NpgsqlDataSource>(),
            npgsql => npgsql.MigrationsHistoryTable(WarehouseDbContext.MigrationsHistoryTable, WarehouseSchemas.Ingest)));
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<BulkUpserter>();
        services.AddSingleton<RecordLoadBisector>();
        RegisteredLoaders.AddTo(services);
        services.AddSingleton<RejectStore>();
        services.AddSingleton<SyncRunStore>();
        services.AddSingleton<RawDocumentStore>();
        services.AddSingleton<SourceStateStore>();
        services.AddSingleton<WarehouseSummaryQuery>();
        services.AddSingleton<RejectedRecordsQuery>();
        services.AddSingleton<OperationalMetricsQuery>();
        services.AddSingleton<ProcessedBatchStore>();
        services.AddSingleton<SourceRunLocks>();
        services.AddSingleton<WarehousePing>();
        services.AddSingleton<PendingMigrations>();
        services.AddSingleton<TargetReportReader>();
        services.AddSingleton<MetricReader>();
        services.AddSingleton<MetricExplainReader>();
        services.AddSingleton<SourceFreshnessReader>();
        services.AddSingleton<SourceHealthReader>();
        services.AddSingleton<RegionNameReader>();
        services.AddSingleton<TargetEvaluationStore>();
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<CheckHistoryReader>();
        return services;
    }

    /// <summary>
    /// A load batch merges tens of thousands of rows in one statement; Npgsql's default 30 s command timeout would fail it on
    /// a busy server, so the default here is 300 s unless the connection string sets its own.
    /// </summary>
    private static string WithLoadTimeout(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var explicitTimeout = connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("CommandTimeout", StringComparison.OrdinalIgnoreCase);
        if (!explicitTimeout)
        {
            builder.CommandTimeout = 300;
        }

        return builder.ConnectionString;
    }
}
