using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Notifications;

namespace YuanlingTech.Worker.Targets;

/// <summary>
/// Evaluates every configured target on a date: actual from the warehouse, pace from the prior year's monthly
/// curve (else linear), freshness of the metric's sources; stores the evaluations and the worklists, and
/// notifies status changes and stale sources.
/// </summary>
public sealed class TargetEvaluationService(
    IOptions<TargetsOptions> targets,
    IOptionsMonitor<SourceOptions> sources,
    MetricReader metrics,
    SourceFreshnessReader freshness,
    TargetEvaluationStore store,
    Notifier notifier,
    TimeProvider clock,
    ILogger<TargetEvaluationService> logger)
{
    public async Task<IReadOnlyList<TargetEvaluation>> EvaluateAsync(DateOnly on, string trigger, CancellationToken cancellationToken)
    {
        var options = targets.Value;
        var figures = await FiguresAsync(options, on, cancellationToken);
        var unresolved = new List<string>();
        var specs = TargetResolver.Resolve(options, (region, metric, year) => YearEnd(figures, metric, region, year), unresolved);
        foreach (var problem in unresolved)
        {
            logger.LogWarning("Target skipped: {Problem}", problem);
        }

        var lastSuccess = await freshness.LastSuccessAsync(cancellationToken);
        var stale = StaleSources(specs, lastSuccess);
        var previous = await store.LatestStatusesAsync(cancellationToken);
        var evaluations = new List<TargetEvaluation>();
        foreach (var spec in specs)
        {
            var actual = figures[new MetricPoint(spec.Metric.Id, spec.Region, spec.Year, Clamp(on, spec.Year))];
            var curve = spec.Metric.Nature == MetricNature.Flow
                ? MetricReader.Curve(MetricReader.MonthEnds(spec.Metric.Id, spec.Region, spec.Year - 1), figures)
                : null;
            var fresh = !spec.Metric.SourceIds.Any(stale.Contains);
            evaluations.Add(TargetEvaluator.Evaluate(spec, new ProgressInputs(on, actual, curve, fresh), options.OnTrackRatio, options.AtRiskRatio));
        }

        var worklistItems = await store.SaveAsync(evaluations.Select(e => ToRow(e, trigger)).ToList(), cancellationToken);
        logger.LogInformation("Evaluated {Count} targets on {Date}; {Items} worklist items", evaluations.Count, on, worklistItems);
        await NotifyAsync(evaluations, previous, stale, lastSuccess, options.Language, cancellationToken);
        return evaluations;
    }

    /// <summary>
    /// Every figure the targets need, read together: each target's actual, its base and prior years' year-end figures
    /// (warehouse baselines) and, for a flow, the prior year's month ends (its pace curve).
    /// </summary>
    private async Task<IReadOnlyDictionary<MetricPoint, decimal>> FiguresAsync(TargetsOptions options, DateOnly on, CancellationToken cancellationToken)
    {
        var points = new List<MetricPoint>();
        foreach (var item in options.Items)
        {
            foreach (var year in new[] { item.BaseYear ?? item.Year - 1, item.Year - 1 })
            {
                points.Add(new MetricPoint(item.Metric, item.Region, year, new DateOnly(year, 12, 31)));
            }

            points.Add(new MetricPoint(item.Metric, item.Region, item.Year, Clamp(on, item.Year)));
            if (MetricCatalog.Find(item.Metric)?.Nature == MetricNature.Flow)
            {
                points.AddRange(MetricReader.MonthEnds(item.Metric, item.Region, item.Year - 1));
            }
        }

        return await metrics.ActualsAsync(points, cancellationToken);
    }

    private static decimal? YearEnd(IReadOnlyDictionary<MetricPoint, decimal> figures, string metric, string region, int year) =>
        figures.TryGetValue(new MetricPoint(metric, region, year, new DateOnly(year, 12, 31)), out var actual) && actual > 0 ? actual : null;

    private HashSet<string> StaleSources(IEnumerable<TargetSpec> specs, IReadOnlyDictionary<string, DateTimeOffset> lastSuccess)
    {
        var now = clock.GetUtcNow();
        return specs.SelectMany(s => s.Metric.SourceIds).Distinct()
            .Where(id => !lastSuccess.TryGetValue(id, out var at) || now - at > TimeSpan.FromHours(sources.Get(id).FreshnessHours))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task NotifyAsync(
        List<TargetEvaluation> evaluations,
        IReadOnlyDictionary<(int Year, string Region, string Metric), string> previous,
        HashSet<string> stale,
        IReadOnlyDictionary<string, DateTimeOffset> lastSuccess,
        string language,
        CancellationToken cancellationToken)
    {
        foreach (var evaluation in evaluations)
        {
            var target = evaluation.Target;
            var status = TargetStatusLabels.Code(evaluation.Status);
            if (previous.TryGetValue((target.Year, target.Region, target.Metric.Id), out var before) && before != status)
            {
                await notifier.NotifyAsync(TargetNotifications.StatusChanged(evaluation, before, language), cancellationToken);
            }
        }

        foreach (var sourceId in stale.Order(StringComparer.Ordinal))
        {
            await notifier.NotifyAsync(
                TargetNotifications.SourceStale(sourceId, lastSuccess.TryGetValue(sourceId, out var at) ? at : null, sources.Get(sourceId).FreshnessHours),
                cancellationToken);
        }
    }

    private static DateOnly Clamp(DateOnly on, int year) =>
        on.Year < year ? new DateOnly(year, 1, 1) : on.Year > year ? new DateOnly(year, 12, 31) : on;

    private static TargetEvaluationRow ToRow(TargetEvaluation e, string trigger) => new(
        e.EvaluationDate, e.Target.Year, e.Target.Region, e.Target.Metric.Id, e.Target.Kind, e.Target.Target, e.Target.Baseline,
        e.Actual, e.ExpectedToDate, e.ExpectedShare, e.ProjectedYearEnd, e.Gap, TargetStatusLabels.Code(e.Status), e.PaceBasis,
        e.Status != TargetStatus.NoData, trigger);
}
