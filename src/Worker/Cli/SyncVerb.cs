using YuanlingTech.Normalization.Sources;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Cli;

public static class SyncVerb
{
    public static async Task<int> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count != 1)
        {
            throw new UsageException("sync takes one argument: a source id or 'all'");
        }

        using var host = WorkerHost.BuildTool();
        var outcomes = await SyncAllAsync(host.Services, command.Arguments[0], "cli", cancellationToken);
        foreach (var outcome in outcomes)
        {
            Console.WriteLine(Describe(outcome));
        }

        return ExitCodeOf(outcomes);
    }

    public static async Task<IReadOnlyList<SyncOutcome>> SyncAllAsync(
        IServiceProvider services, string which, string trigger, CancellationToken cancellationToken)
    {
        var sync = services.GetRequiredService<SourceSyncService>();
        var ids = which == "all" ? EnabledSources(services, sync) : [which];
        if (which != "all" && !sync.SourceIds.Contains(which))
        {
            throw new UsageException($"unknown source '{which}'; known sources: {string.Join(", ", sync.SourceIds)}");
        }

        // In the registry's run order (the most records first); outcomes are reported in source order.
        var parallel = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerOptions>>().Value.ParallelSources;
        var outcomes = new SyncOutcome[ids.Count];
        var order = Enumerable.Range(0, ids.Count).OrderBy(i => SourceRegistry.RunOrderOf(ids[i])).ToList();
        await Parallel.ForEachAsync(
            order,
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = await sync.RunAsync(ids[i], trigger, null, token));
        return outcomes;
    }

    public static int ExitCodeOf(IReadOnlyList<SyncOutcome> outcomes) =>
        outcomes.Any(o => o.Status == SyncStatus.Failed) ? ExitCodes.Failed
        : outcomes.Any(o => o.Status == SyncStatus.SkippedBusy) ? ExitCodes.Busy
        : ExitCodes.Success;

    public static string Describe(SyncOutcome outcome) => outcome.Status switch
    {
        SyncStatus.Succeeded => $"{outcome.SourceId}: run {outcome.RunId} succeeded — {outcome.Counters}",
        SyncStatus.SkippedBusy => $"{outcome.SourceId}: skipped — {outcome.Error}",
        _ => $"{outcome.SourceId}: run {outcome.RunId} FAILED — {outcome.Error}{Environment.NewLine}  ({outcome.Counters})",
    };

    private static List<string> EnabledSources(IServiceProvider services, SourceSyncService sync)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Connectors.Abstractions.SourceOptions>>();
        return sync.SourceIds.Where(id => options.Get(id).Enabled).Order(StringComparer.Ordinal).ToList();
    }
}
