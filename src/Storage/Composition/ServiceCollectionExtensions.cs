using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Configurations;
using YuanlingTech.Storage.Database;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Composition;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the data source, the warehouse context, the migrator, every store and the loaders.</summary>
    public static IServiceCollection AddWarehouseStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddSingleton(_ => NpgsqlDataSource.Create(WithLoadTimeout(connectionString)));
        services.AddDbContext<WarehouseDbContext>((provider, options) => options.UseNpgsql(
            provider.GetRequiredService<NpgsqlDataSource>(),
            npgsql => npgsql.MigrationsHistoryTable(WarehouseDbContext.MigrationsHistoryTable, WarehouseSchemas.Ingest)));
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<BulkUpserter>();
        services.AddSingleton<RecordLoadBisector>();
        services.AddSingleton<CertificationLoader>();
        services.AddSingleton<IRecordLoader<CertificationRecord>>(sp => sp.GetRequiredService<CertificationLoader>());
        services.AddSingleton<LoanLoader>();
        services.AddSingleton<IRecordLoader<LoanRecord>>(sp => sp.GetRequiredService<LoanLoader>());
        services.AddSingleton<TechContractLoader>();
        services.AddSingleton<IRecordLoader<TechContractRecord>>(sp => sp.GetRequiredService<TechContractLoader>());
        services.AddSingleton<IRecordLoader<Normalization.Manual.InboxFileRecord>, InboxFileLoader>();
        services.AddSingleton<IRecordLoader<HnteNationalFiling>, HnteNationalFilingLoader>();
        services.AddSingleton<IRecordLoader<HnteRenameRecord>, HnteRenameLoader>();
        services.AddSingleton<IRecordLoader<Normalization.TechSme.TechSmeListRecords>, TechSmeLoader>();
        // Further record loaders: register each as IRecordLoader<TRecord>, above this comment.
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
