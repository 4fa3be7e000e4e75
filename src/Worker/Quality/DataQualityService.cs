using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Storage.Quality;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Quality;

/// <summary>Runs the warehouse check catalog (freshness for every enabled source) and stores the results.</summary>
public sealed class DataQualityService(
    CheckRunner runner,
    SourceSyncService sync,
    IOptionsMonitor<SourceOptions> sources,
    ILogger<DataQualityService> logger)
{
    public IReadOnlyList<DataQualityCheck> Catalog()
    {
        var freshness = sync.SourceIds
            .Select(id => (Id: id, Options: sources.Get(id)))
            .Where(s => s.Options.Enabled)
            .ToDictionary(s => s.Id, s => s.Options.FreshnessHours, StringComparer.Ordinal);
        return WarehouseCheckCatalog.All(freshness);
    }

    public async Task<CheckRunReport> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(Catalog(), trigger, cancellationToken);
        foreach (var outcome in report.Outcomes.Where(o => o.Status != CheckOutcome.Pass))
        {
            logger.CheckNotPassed(outcome.Check.Name, outcome.Status, outcome.FailingRows, outcome.Check.Description, outcome.Sample);
        }

        logger.CheckRunFinished(report.RunId, report.Status, report.Passed, report.Warned, report.Failed);
        return report;
    }
}
