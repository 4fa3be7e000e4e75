using System.Globalization;
using YuanlingTech.PortalSimulator;

namespace YuanlingTech.Bench;

/// <summary>
/// The measurements of issue 6 against one private PostgreSQL cluster and an in-process simulator (pre-rendered
/// before any timing starts): copy_ceiling, full_sync, resync_nochange, resync_10pct, evaluate and peak RSS.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TextWriter output)
{
    private static readonly DateOnly EvaluateOn = new(2026, 10, 31);

    private readonly BenchDatabases _databases = new(settings.ServerConnectionString);
    private readonly Samples _fullRate = new("full_sync", "records/s");
    private readonly Samples _fullWall = new("full_sync wall", "s");
    private readonly Samples _rss = new("full_sync peak RSS", "MB");
    private readonly Samples _copy = new("copy_ceiling", "rows/s");
    private readonly Samples _nochangeWall = new("resync_nochange wall", "s");
    private readonly Samples _nochangeWrites = new("resync_nochange writes", "rows");
    private readonly Samples _tenWall = new("resync_10pct wall", "s");
    private readonly Samples _tenWrites = new("resync_10pct writes", "rows");
    private readonly Samples _evaluate = new("evaluate", "s");
    private bool _failed;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Trim() : "?";
        Say($"bench: scale {settings.Scale}, {settings.Repetitions} repetitions; {Environment.ProcessorCount} cores, loadavg {load}");
        Say($"bench: {await _databases.ServerVersionAsync(cancellationToken)}");
        var rssX3 = double.NaN;
        await using (var simulator = await StartSimulatorAsync(settings.Scale, "x1", cancellationToken))
        {
            var worker = new WorkerProcess(settings.WorkerDll, simulator.BaseUrl, Path.Combine(settings.OutFolder, "logs"));
            await _databases.RecreateAsync(BenchDatabases.Template, null, cancellationToken);
            var migrate = await worker.RunAsync("migrate", _databases.ConnectionString(BenchDatabases.Template), settings.OutFolder, ["migrate"], cancellationToken);
            if (migrate.ExitCode != 0)
            {
                Say("bench: migrate failed; see logs/migrate.log");
                return 1;
            }

            await FullSyncsAsync(worker, cancellationToken);
            await CopyCeilingAsync(cancellationToken);
            await ResyncsAsync(worker, simulator, cancellationToken);
            await EvaluationTimer.MeasureAsync(_databases.ConnectionString("bench_full_1"), EvaluateOn, _evaluate, settings.Repetitions, cancellationToken);
            Say(_evaluate.ToString());
        }

        if (!settings.SkipX3)
        {
            rssX3 = await PeakRssAtTripleScaleAsync(cancellationToken);
        }

        Say("");
        foreach (var samples in new[] { _copy, _fullRate, _fullWall, _rss, _nochangeWall, _nochangeWrites, _tenWall, _tenWrites, _evaluate })
        {
            Say(samples.ToString());
        }

        var fullRatio = _fullRate.Median / _copy.Median;
        var resyncRatio = _nochangeWall.Median / _fullWall.Median;
        Say(string.Create(
            CultureInfo.InvariantCulture,
            $"bench full_ratio={fullRatio:0.000} resync_ratio={resyncRatio:0.000} resync_writes={_nochangeWrites.Values.DefaultIfEmpty().Max():0} rss_mb={_rss.Median:0} rss_mb_x3={(double.IsNaN(rssX3) ? "n/a" : rssX3.ToString("0", CultureInfo.InvariantCulture))} evaluate_s={_evaluate.Median:0.000}"));
        return _failed ? 1 : 0;
    }

    private async Task FullSyncsAsync(WorkerProcess worker, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= settings.Repetitions; i++)
        {
            var database = $"bench_full_{i}";
            await _databases.RecreateAsync(database, BenchDatabases.Template, cancellationToken);
            var run = await SyncAsync(worker, $"full-{i}", database, FreshInbox("x1", i), cancellationToken);
            var total = StageTimings.Total(run.Timings);
            _fullRate.Add(total.Records / run.Run.Wall.TotalSeconds);
            _fullWall.Add(run.Run.Wall.TotalSeconds);
            _rss.Add(run.Run.PeakRssMb);
            Say($"full_sync {i}: {total.Records} records from {total.Documents} documents in {run.Run.Wall.TotalSeconds:0.0} s, peak RSS {run.Run.PeakRssMb:0} MB");
            Say(StageTimings.Table($"full_sync {i}", run.Timings));
            if (i > 1)
            {
                await _databases.DropAsync(database, cancellationToken);
            }
        }
    }

    private async Task CopyCeilingAsync(CancellationToken cancellationToken)
    {
        var ceiling = new CopyCeiling(_databases.ConnectionString("bench_full_1"));
        await ceiling.LoadSourceRowsAsync(cancellationToken);
        Say($"copy_ceiling rows: {ceiling.Describe()}");
        for (var i = 0; i < settings.Repetitions; i++)
        {
            _copy.Add(await ceiling.MeasureAsync(cancellationToken));
        }

        Say(_copy.ToString());
    }

    private async Task ResyncsAsync(WorkerProcess worker, SimulatorHost simulator, CancellationToken cancellationToken)
    {
        var inbox = Path.Combine(settings.OutFolder, "inbox-x1-1");
        for (var i = 1; i <= settings.Repetitions; i++)
        {
            var before = await _databases.WarehouseWritesAsync("bench_full_1", cancellationToken);
            var run = await SyncAsync(worker, $"nochange-{i}", "bench_full_1", inbox, cancellationToken);
            var writes = await _databases.WarehouseWritesAsync("bench_full_1", cancellationToken) - before;
            _nochangeWall.Add(run.Run.Wall.TotalSeconds);
            _nochangeWrites.Add(writes);
            Say($"resync_nochange {i}: {run.Run.Wall.TotalSeconds:0.0} s, {writes} warehouse rows written");
            Say(StageTimings.Table($"resync_nochange {i}", run.Timings));
        }

        for (var i = 1; i <= settings.Repetitions; i++)
        {
            // Alternate corrected and original lists, so every repetition changes the same 10 % of the rows.
            var percent = i % 2 == 1 ? 10 : 0;
            await simulator.RepublishAsync(percent, cancellationToken);
            var before = await _databases.WarehouseWritesAsync("bench_full_1", cancellationToken);
            var run = await SyncAsync(worker, $"resync10-{i}", "bench_full_1", inbox, cancellationToken);
            var writes = await _databases.WarehouseWritesAsync("bench_full_1", cancellationToken) - before;
            _tenWall.Add(run.Run.Wall.TotalSeconds);
            _tenWrites.Add(writes);
            Say($"resync_10pct {i} ({(percent > 0 ? "corrections published" : "corrections reverted")}): {run.Run.Wall.TotalSeconds:0.0} s, {writes} warehouse rows written");
            Say(StageTimings.Table($"resync_10pct {i}", run.Timings));
        }
    }

    private async Task<double> PeakRssAtTripleScaleAsync(CancellationToken cancellationToken)
    {
        await using var simulator = await StartSimulatorAsync(settings.Scale * 3, "x3", cancellationToken);
        var worker = new WorkerProcess(settings.WorkerDll, simulator.BaseUrl, Path.Combine(settings.OutFolder, "logs"));
        await _databases.RecreateAsync("bench_x3", BenchDatabases.Template, cancellationToken);
        var run = await SyncAsync(worker, "full-x3", "bench_x3", FreshInbox("x3", 1), cancellationToken);
        var total = StageTimings.Total(run.Timings);
        Say($"full_sync at scale {settings.Scale * 3:0.###}: {total.Records} records from {total.Documents} documents in {run.Run.Wall.TotalSeconds:0.0} s, peak RSS {run.Run.PeakRssMb:0} MB");
        Say(StageTimings.Table("full_sync x3", run.Timings));
        await _databases.DropAsync("bench_x3", cancellationToken);
        return run.Run.PeakRssMb;
    }

    private async Task<(WorkerRun Run, IReadOnlyList<StageTimings> Timings)> SyncAsync(
        WorkerProcess worker, string label, string database, string inbox, CancellationToken cancellationToken)
    {
        var since = await _databases.MaxRunIdAsync(database, cancellationToken);
        // Like every timed COPY of the ceiling: a sync from a fresh database would otherwise write out (and, past
        // max_wal_size, checkpoint) the WAL of the repetition before it.
        await _databases.CheckpointAsync(cancellationToken);
        var run = await worker.RunAsync(label, _databases.ConnectionString(database), inbox, ["sync", "all"], cancellationToken);
        if (run.ExitCode != 0)
        {
            _failed = true;
            Say($"bench: WARNING {label}: sync all exited {run.ExitCode}; see {settings.OutFolder}/logs/{label}.log");
        }

        return (run, await StageTimings.ReadAsync(_databases.ConnectionString(database), since, cancellationToken));
    }

    private async Task<SimulatorHost> StartSimulatorAsync(double scale, string label, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var options = new SimulatorOptions
        {
            Scale = scale,
            ManualInboxPath = Path.Combine(settings.OutFolder, $"inbox-source-{label}"),
            PreRender = true,
        };
        var simulator = await SimulatorHost.StartAsync(options, cancellationToken);
        Say($"bench: simulator at scale {scale:0.###} generated and pre-rendered in {(DateTime.UtcNow - started).TotalSeconds:0.0} s on {simulator.BaseUrl}");
        return simulator;
    }

    /// <summary>A copy of the simulator's manual files: the manual source archives what it loaded.</summary>
    private string FreshInbox(string label, int repetition)
    {
        var source = Path.Combine(settings.OutFolder, $"inbox-source-{label}");
        var inbox = Path.Combine(settings.OutFolder, $"inbox-{label}-{repetition}");
        if (Directory.Exists(inbox))
        {
            Directory.Delete(inbox, recursive: true);
        }

        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        }

        return inbox;
    }

    private void Say(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
