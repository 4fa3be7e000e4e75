using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Infrastructure;

/// <summary>
/// A fresh database, a simulator with a fault plan and the worker's real container, like Worker.Tests'
/// WorkerTestHost, plus per-test configuration (timeouts, retries, limits) so faults resolve in seconds.
/// </summary>
public sealed class FaultTestHost : IAsyncDisposable
{
    private FaultTestHost(TestDatabase database, SimulatorHost simulator, IHost host)
    {
        Database = database;
        Simulator = simulator;
        Host = host;
        Warehouse = new WarehouseReader(database.ConnectionString);
    }

    public TestDatabase Database { get; }

    public SimulatorHost Simulator { get; }

    public IHost Host { get; }

    public WarehouseReader Warehouse { get; }

    public static Task<FaultTestHost> StartAsync(
        string purpose, SimulatorOptions simulatorOptions, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken) =>
        StartAsync(purpose, simulatorOptions, settings, services: null, cancellationToken);

    /// <summary>As above, with <paramref name="services"/> replacing some of the worker's services.</summary>
    public static async Task<FaultTestHost> StartAsync(
        string purpose,
        SimulatorOptions simulatorOptions,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? services,
        CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateAsync(purpose, cancellationToken);
        var simulator = await SimulatorHost.StartAsync(simulatorOptions, cancellationToken);
        var overrides = WorkerTestHost.Overrides(database, simulator);
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var host = WorkerHost.BuildTool(overrides, quiet: true, services);
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        return new FaultTestHost(database, simulator, host);
    }

    /// <summary>The absolute URL of a path the simulator served.</summary>
    public string UrlOf(string path) => new Uri(Simulator.BaseUrl, path.TrimStart('/')).AbsoluteUri;

    /// <summary>Runs one source through the real <see cref="SourceSyncService"/> and times it.</summary>
    public async Task<(SyncOutcome Outcome, TimeSpan Elapsed)> SyncAsync(string sourceId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Host.Services.GetRequiredService<SourceSyncService>().RunAsync(sourceId, "test", null, cancellationToken);
        return (outcome, clock.Elapsed);
    }

    /// <summary>Rows of every warehouse fact table and reject list that came from <paramref name="documentUrl"/>.</summary>
    public async Task<long> RowsFromAsync(string documentUrl, CancellationToken cancellationToken) => (await Warehouse.QueryAsync(
        """
        SELECT (SELECT count(*) FROM warehouse.certification WHERE document_url = $1)
             + (SELECT count(*) FROM ingest.rejected_record WHERE document_url = $1)
        """,
        r => r.GetInt64(0),
        cancellationToken,
        documentUrl)).Single();

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Simulator.DisposeAsync();
        await Database.DisposeAsync();
    }
}
