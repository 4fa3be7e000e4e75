using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Service;

/// <summary>
/// Evaluates every configured target on a date: actual from the warehouse, pace from the prior year's monthly
/// curve (else linear), freshness of the metric's sources (a run that failed on some documents still counts for
/// what it loaded); stores the evaluations and the worklists and notifies status changes and stale sources — unless
/// the evaluation is a what-if.
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
    /// <summary>Evaluates as the current status: stored, worklists rebuilt, changes notified.</summary>
    public async Task<IReadOnlyList<TargetEvaluation>> EvaluateAsync(DateOnly on, string trigger, CancellationToken cancellationToken) =>
        (await RunAsync(on, trigger, whatIf: false, cancellationToken)).Evaluations;

    /// <summary>Evaluates as of <paramref name="on"/> without storing or notifying anything.</summary>
    public Task<EvaluationRun> WhatIfAsync(DateOnly on, CancellationToken cancellationToken) => RunAsync(on, "what-if", whatIf: true, cancellationToken);

    public async Task<EvaluationRun> RunAsync(DateOnly on, string trigger, bool whatIf, CancellationToken cancellationToken)
    {
        var options = targets.Value;
        var figures = await FiguresAsync(options, on, cancellationToken);
        var unresolved = new List<string>();
        var specs = TargetResolver.Resolve(options, (region, metric, year) => YearEnd(figures, metric, region, year), unresolved);
        foreach (var problem in unresolved)
        {
            logger.TargetSkipped(problem);
        }

        var loads = await freshness.LoadStatesAsync(cancellationToken);
        var stale = StaleSources(specs, loads);
        var evaluations = new List<TargetEvaluation>();
        var rows = new List<TargetEvaluationRow>();
        var warnings = new List<string>();
        foreach (var spec in specs)
        {
            var point = new MetricPoint(spec.Metric.Id, spec.Region, spec.Year, Clamp(on, spec.Year));
            var curve = spec.Metric.Nature == MetricNature.Flow
                ? MetricReader.Curve(MetricReader.MonthEnds(spec.Metric.Id, spec.Region, spec.Year - 1), figures)
                : null;
            var retained = figures.TryGetValue(point with { MetricId = point.MetricId + MetricSql.RetainedSuffix }, out var r) ? r : (decimal?)null;
            var fresh = !spec.Metric.SourceIds.Any(stale.Contains);
            var evaluation = TargetEvaluator.Evaluate(spec, new ProgressInputs(on, figures[point], curve, fresh, retained), options.OnTrackRatio, options.AtRiskRatio);
            var targetWarnings = TargetWarnings.For(spec, loads, options.Language).ToList();
            warnings.AddRange(targetWarnings.Where(w => !warnings.Contains(w)));
            evaluations.Add(evaluation);
            rows.Add(ToRow(evaluation, trigger, targetWarnings));
        }

        if (!whatIf)
        {
            var previous = await store.LatestStatusesAsync(cancellationToken);
            var worklistItems = await store.SaveAsync(rows, cancellationToken);
            logger.TargetsEvaluated(evaluations.Count, on, worklistItems);
            await NotifyAsync(evaluations, previous, stale, loads, options.Language, cancellationToken);
        }

        return new EvaluationRun(on, whatIf, evaluations, warnings);
    }

    /// <summary>
    /// Every figure the targets need, read together: each target's actual (and a stock's retained level), its base and
    /// prior years' year-end figures (warehouse baselines) and, for a flow, the prior year's month ends (its pace curve).
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

            var actual = new MetricPoint(item.Metric, item.Region, item.Year, Clamp(on, item.Year));
            points.Add(actual);
            if (MetricSql.For(item.Metric + MetricSql.RetainedSuffix) is not null)
            {
                points.Add(actual with { MetricId = item.Metric + MetricSql.RetainedSuffix });
            }

            if (MetricCatalog.Find(item.Metric)?.Nature == MetricNature.Flow)
            {
                points.AddRange(MetricReader.MonthEnds(item.Metric, item.Region, item.Year - 1));
            }
        }

        return await metrics.ActualsAsync(points, cancellationToken);
    }

    private static decimal? YearEnd(IReadOnlyDictionary<MetricPoint, decimal> figures, string metric, string region, int year) =>
        figures.TryGetValue(new MetricPoint(metric, region, year, new DateOnly(year, 12, 31)), out var actual) && actual > 0 ? actual : null;

    /// <summary>Sources of the targets with nothing loaded within their freshness window.</summary>
    private HashSet<string> StaleSources(IEnumerable<TargetSpec> specs, IReadOnlyDictionary<string, SourceLoadState> loads)
    {
        var now = clock.GetUtcNow();
        return specs.SelectMany(s => s.Metric.SourceIds).Distinct()
            .Where(id => loads.GetValueOrDefault(id)?.LastLoadAt is not { } at || now - at > TimeSpan.FromHours(sources.Get(id).FreshnessHours))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task NotifyAsync(
        List<TargetEvaluation> evaluations,
        IReadOnlyDictionary<(int Year, string Region, string Metric), string> previous,
        HashSet<string> stale,
        IReadOnlyDictionary<string, SourceLoadState> loads,
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
                TargetNotifications.SourceStale(sourceId, loads.GetValueOrDefault(sourceId)?.LastLoadAt, sources.Get(sourceId).FreshnessHours),
                cancellationToken);
        }
    }

    private static DateOnly Clamp(DateOnly on, int year) =>
        on.Year < year ? new DateOnly(year, 1, 1) : on.Year > year ? new DateOnly(year, 12, 31) : on;

    private static TargetEvaluationRow ToRow(TargetEvaluation e, string trigger, List<string> warnings) => new(
        e.EvaluationDate, e.Target.Year, e.Target.Region, e.Target.Metric.Id, e.Target.Kind, e.Target.Target, e.Target.Baseline,
        e.Actual, e.ExpectedToDate, e.ExpectedShare, e.ProjectedYearEnd, e.Gap, TargetStatusLabels.Code(e.Status), e.PaceBasis,
        e.Status != TargetStatus.NoData, trigger)
    {
        TargetMaximum = e.Target.Maximum,
        BaselineOrigin = e.Target.BaselineOrigin,
        BaselineWarehouse = e.Target.WarehouseBaseline,
        BaselineMismatch = e.Target.BaselineMismatch,
        Warnings = warnings.Count > 0 ? string.Join('\n', warnings) : null,
    };
}
