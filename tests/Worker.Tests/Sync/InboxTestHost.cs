using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>The worker's real container on its own database with a temp inbox and no simulator, for tests that drop files by hand.</summary>
public sealed class InboxTestHost : IAsyncDisposable
{
    private InboxTestHost(TestDatabase database, IHost host, string inbox)
    {
        Database = database;
        Host = host;
        Inbox = inbox;
        Reader = new WarehouseReader(database.ConnectionString);
    }

    public TestDatabase Database { get; }

    public IHost Host { get; }

    public string Inbox { get; }

    public WarehouseReader Reader { get; }

    public static async Task<InboxTestHost> StartAsync(
        string purpose, int minFileAgeSeconds, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var inbox = Path.Combine(Path.GetTempPath(), "yt-inbox-" + purpose + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(inbox);
        var database = await TestDatabase.CreateAsync(purpose, cancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = database.ConnectionString,
            ["Sources:manual:InboxFolder"] = inbox,
            ["Sources:manual:MinFileAgeSeconds"] = minFileAgeSeconds.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var host = WorkerHost.BuildTool(overrides, quiet: true);
        await MigrateVerb.MigrateAsync(host.Services, cancellationToken);
        return new InboxTestHost(database, host, inbox);
    }

    public string PathOf(string name) => Path.Combine(Inbox, name);

    public Task<SyncOutcome> SyncAsync(CancellationToken cancellationToken) =>
        Host.Services.GetRequiredService<SourceSyncService>().RunAsync("manual", "test", null, cancellationToken);

    /// <summary>A regional GDP csv of 沅陵县 for <paramref name="years"/> (header included when <paramref name="header"/>).</summary>
    public static byte[] GdpCsv(IEnumerable<int> years, bool header = true) => Encoding.UTF8.GetBytes(
        (header ? "年度,地区,地区生产总值（亿元）\n" : string.Empty)
        + string.Concat(years.Select(y => string.Create(CultureInfo.InvariantCulture, $"{y},沅陵县,{y - 1800}.5\n"))));

    /// <summary>Writes a file as if it had been finished minutes ago.</summary>
    public string DropSettled(string name, byte[] content)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        return path;
    }

    public Task<List<int>> GdpYearsAsync(CancellationToken cancellationToken) =>
        Reader.QueryAsync("SELECT year FROM warehouse.regional_gdp WHERE region_code = '431222' ORDER BY year", r => r.GetInt32(0), cancellationToken);

    public Task<List<(string File, string Status, string Errors)>> LedgerAsync(CancellationToken cancellationToken) =>
        Reader.QueryAsync(
            "SELECT file_name, status, coalesce(errors, '') FROM ingest.inbox_file ORDER BY id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Database.DisposeAsync();
        if (Directory.Exists(Inbox))
        {
            Directory.Delete(Inbox, recursive: true);
        }
    }
}
