using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>A worker container on its own database, pointed at a (possibly shared) simulator, with kv-loans settings overridden.</summary>
public sealed class KvLoansTestHost : IAsyncDisposable
{
    private KvLoansTestHost(TestDatabase database, IHost host)
    {
        Database = database;
        Host = host;
        Reader = new WarehouseReader(database.ConnectionString);
    }

    public TestDatabase Database { get; }

    public IHost Host { get; }

    public WarehouseReader Reader { get; }

    public static async Task<KvLoansTestHost> StartAsync(
        string purpose, SimulatorHost simulator, string mode, int pageSize, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateAsync(purpose, cancellationToken);
        var overrides = WorkerTestHost.Overrides(database, simulator);
        overrides["Sources:kv-loans:Mode"] = mode;
        overrides["Sources:kv-loans:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var host = WorkerHost.BuildTool(overrides, quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        return new KvLoansTestHost(database, host);
    }

    public Task<SyncOutcome> SyncAsync(CancellationToken cancellationToken) =>
        Host.Services.GetRequiredService<SourceSyncService>().RunAsync("kv-loans", "test", null, cancellationToken);

    /// <summary>The ingest.sync_run rows of kv-loans, oldest first.</summary>
    public Task<List<KvLoansRun>> RunsAsync(CancellationToken cancellationToken) => Reader.QueryAsync(
        """
        SELECT status, documents_fetched, documents_unchanged, records_extracted, records_inserted, records_updated, records_unchanged, records_rejected
        FROM ingest.sync_run WHERE source_id = 'kv-loans' ORDER BY id
        """,
        r => new KvLoansRun(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)),
        cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Database.DisposeAsync();
    }
}
