using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Reports;

/// <summary>
/// Gathers what the report shows from the last stored evaluation of the year; when the year has none, evaluates
/// first so the report never shows an empty summary: as of today (stored, the current status), or for a past year as
/// of 31 December as a what-if (shown in the report only, never stored as the current status). The year in review is
/// the last year that has ended: the report's year − 1 while the report's year is the current one (its own year is
/// not over: its targets are on the summary sheet), else the report's year itself.
/// </summary>
public sealed class TargetReportCollector(
    TargetReportReader reports,
    MetricReader metrics,
    TargetEvaluationService evaluation,
    IOptions<TargetsOptions> targets,
    ReviewService reviews)
{
    public async Task<TargetReportData> CollectAsync(int year, string region, DateOnly today, CancellationToken cancellationToken)
    {
        var progress = Progress(year, region);
        if (progress.Count == 0 && !reports.LatestProgress(year).Any())
        {
            if (today.Year > year)
            {
                var whatIf = await evaluation.WhatIfAsync(new DateOnly(year, 12, 31), cancellationToken);
                progress = [.. whatIf.Evaluations.Where(e => e.Target.Year == year && e.Target.Region == region).Select(ToProgress)];
            }
            else
            {
                await evaluation.EvaluateAsync(today, "report", cancellationToken);
                progress = Progress(year, region);
            }
        }

        var language = targets.Value.Language;
        var labels = TargetPageLabels.For(language);
        var worklists = labels.WorklistNames
            .Select(w => new ReportWorklist(w.Id, w.Label, reports.Worklist(w.Id, year, region)))
            .ToList();
        var charts = new List<FlowChartData>();
        foreach (var row in progress)
        {
            if (MetricCatalog.Find(row.MetricId) is { Nature: MetricNature.Flow } metric)
            {
                charts.Add(await ChartAsync(metric, row, language, cancellationToken));
            }
        }

        var evaluationDate = progress.Count > 0 ? progress.Max(p => p.EvaluationDate) : (DateOnly?)null;
        var regionName = progress.Count > 0 ? progress[0].RegionName : region;
        var review = await reviews.ReviewAsync(ReviewYear(year, today), region, cancellationToken);
        return new TargetReportData(year, region, regionName, evaluationDate, language, progress, worklists, charts, review);
    }

    /// <summary>The year the report reviews: the one before while the report's year is the current year, else the report's year.</summary>
    public static int ReviewYear(int reportYear, DateOnly today) => reportYear == today.Year ? reportYear - 1 : reportYear;

    private List<TargetProgressRow> Progress(int year, string region) => reports.LatestProgress(year)
        .Where(p => p.RegionCode == region)
        .OrderBy(p => MetricCatalog.Find(p.MetricId) is { } metric ? IndexOf(metric) : int.MaxValue)
        .ThenBy(p => p.MetricId, StringComparer.Ordinal)
        .ToList();

    private static TargetProgressRow ToProgress(TargetEvaluation e) => new(
        e.Target.Year, e.Target.Region, HunanDivisions.Find(e.Target.Region)?.Name ?? e.Target.Region, e.Target.Metric.Id, e.Target.Target,
        e.Actual, e.ExpectedToDate, e.ProjectedYearEnd, e.Gap, TargetStatusLabels.Code(e.Status), e.PaceBasis, e.EvaluationDate, DateTimeOffset.UtcNow)
    {
        TargetKind = e.Target.Kind,
        TargetMaximum = e.Target.Maximum,
        Baseline = e.Target.Baseline,
        BaselineOrigin = e.Target.BaselineOrigin,
        BaselineMismatch = e.Target.BaselineMismatch,
    };

    private static int IndexOf(MetricDefinition metric) => MetricCatalog.All.ToList().IndexOf(metric);

    private async Task<FlowChartData> ChartAsync(MetricDefinition metric, TargetProgressRow row, string language, CancellationToken cancellationToken)
    {
        var year = row.Year;
        var current = await metrics.MonthlyCumulativeAsync(metric.Id, row.RegionCode, year, cancellationToken);
        var prior = await metrics.MonthlyCumulativeAsync(metric.Id, row.RegionCode, year - 1, cancellationToken);
        var actual = new decimal?[12];
        var expected = new decimal[12];
        for (var month = 1; month <= 12; month++)
        {
            var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            expected[month - 1] = Math.Round(row.TargetValue * TargetEvaluator.ExpectedShare(year, end, prior).Share, 2, MidpointRounding.ToEven);

            // The month holding the evaluation date ends on that date: its point is the evaluated actual.
            actual[month - 1] = end <= row.EvaluationDate ? current?[month - 1] ?? 0m
                : row.EvaluationDate.Year == year && row.EvaluationDate.Month == month ? row.Actual
                : null;
        }

        var label = language == "en" ? metric.LabelEn : metric.LabelZh;
        return new FlowChartData(label, metric, actual, expected);
    }
}
