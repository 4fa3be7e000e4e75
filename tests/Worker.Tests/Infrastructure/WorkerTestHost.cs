using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Tests.Infrastructure;

/// <summary>A migrated test database, a running simulator and the worker's real service container wired to both.</summary>
public sealed class WorkerTestHost : IAsyncDisposable
{
    private WorkerTestHost(TestDatabase database, SimulatorHost simulator, IHost host)
    {
        Database = database;
        Simulator = simulator;
        Host = host;
    }

    public TestDatabase Database { get; }

    public SimulatorHost Simulator { get; }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static Task<WorkerTestHost> StartAsync(string purpose, SimulatorOptions simulatorOptions, CancellationToken cancellationToken) =>
        StartAsync(purpose, simulatorOptions, new Dictionary<string, string?>(), cancellationToken);

    /// <summary>As above, with <paramref name="settings"/> on top of the overrides that point the sources at the simulator.</summary>
    public static async Task<WorkerTestHost> StartAsync(
        string purpose, SimulatorOptions simulatorOptions, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var database = await TestDatabase.CreateAsync(purpose, cancellationToken);
        var simulator = await SimulatorHost.StartAsync(simulatorOptions, cancellationToken);
        var overrides = Overrides(database, simulator);
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var host = WorkerHost.BuildTool(overrides, quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        return new WorkerTestHost(database, simulator, host);
    }

    /// <summary>Points every source at the simulator (and the manual inbox at the simulator's folder, when it has one).</summary>
    public static Dictionary<string, string?> Overrides(TestDatabase database, SimulatorHost simulator) => new()
    {
        ["ConnectionStrings:Warehouse"] = database.ConnectionString,
        ["Sources:kjt-hnte:ListUrl"] = simulator.HnteListUrl.AbsoluteUri,
        ["Sources:kjt-hnte:NationalListUrl"] = new Uri(simulator.BaseUrl, "gqrdw/hunan/list_gsgg_l3.shtml").AbsoluteUri,
        ["Sources:kjt-hnte:RetryCount"] = "1",
        ["Sources:kjt-techsme:ListUrl"] = simulator.HnteListUrl.AbsoluteUri,
        ["Sources:kjt-techsme:RetryCount"] = "1",
        ["Sources:market-contracts:BaseUrl"] = new Uri(simulator.BaseUrl, "market/").AbsoluteUri,
        ["Sources:market-contracts:RetryCount"] = "1",
        ["Sources:kv-loans:ApiUrl"] = new Uri(simulator.BaseUrl, "kvloan/api/loans").AbsoluteUri,
        ["Sources:kv-loans:ExportIndexUrl"] = new Uri(simulator.BaseUrl, "kvloan/export/index.json").AbsoluteUri,
        ["Sources:kv-loans:RetryCount"] = "1",
        ["Sources:manual:InboxFolder"] = simulator.Options.ManualInboxPath ?? Path.Combine(Path.GetTempPath(), "yt-inbox-" + database.Name),
    };

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Simulator.DisposeAsync();
        await Database.DisposeAsync();
    }
}
