using Microsoft.Extensions.Logging;
using Npgsql;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Review;

/// <summary>
/// Reads the year in review: each summary figure at 31 December of the year, of the year before and of 2020 and 2021
/// (the 十四五 opening level), in one round trip through <see cref="MetricReader"/>; and where each figure comes from.
/// </summary>
public sealed class ReviewService(MetricReader metrics, MetricExplainReader lineage, ILogger<ReviewService> logger)
{
    /// <summary>The years the region has facts in, oldest first.</summary>
    public Task<IReadOnlyList<int>> DataYearsAsync(string region, CancellationToken cancellationToken) => lineage.DataYearsAsync(region, cancellationToken);

    public async Task<YearReview> ReviewAsync(int year, string region, CancellationToken cancellationToken)
    {
        int[] years = [.. new[] { year, year - 1, ReviewChange.OpeningFirstYear, ReviewChange.OpeningSecondYear }.Distinct()];
        var points = YearReview.MetricIds
            .SelectMany(id => years.Select(y => new MetricPoint(id, region, y, YearReview.YearEnd(y))))
            .ToList();
        var (values, unavailable) = await ReadAsync(points, cancellationToken);
        var compare = YearReview.ComparesWithOpening(year);
        var figures = YearReview.MetricIds.Select(id =>
        {
            decimal? At(int y) => values.TryGetValue(new MetricPoint(id, region, y, YearReview.YearEnd(y)), out var v) ? v : null;
            var opening = compare ? ReviewChange.OpeningLevel(At(ReviewChange.OpeningFirstYear), At(ReviewChange.OpeningSecondYear)) : null;
            return new ReviewFigure(MetricCatalog.Get(id), At(year), At(year - 1), opening, unavailable.GetValueOrDefault(id));
        }).ToList();
        var dataYears = await lineage.DataYearsAsync(region, cancellationToken);
        return new YearReview(year, region, HunanDivisions.Find(region)?.Name ?? region, figures, dataYears);
    }

    /// <summary>The documents and rows behind every figure of <paramref name="review"/> (its year only).</summary>
    public async Task<IReadOnlyList<ReviewExplanation>> ExplainAsync(YearReview review, CancellationToken cancellationToken)
    {
        var explanations = new List<ReviewExplanation>();
        foreach (var figure in review.Figures)
        {
            if (figure.Unavailable is { } reason)
            {
                explanations.Add(new ReviewExplanation(figure, [], reason));
                continue;
            }

            try
            {
                var rows = await lineage.ExplainAsync(figure.Metric.Id, review.RegionCode, review.Year, YearReview.YearEnd(review.Year), cancellationToken);
                explanations.Add(new ReviewExplanation(figure, rows));
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                explanations.Add(new ReviewExplanation(figure, [], ex.MessageText));
            }
        }

        return explanations;
    }

    // REVIEW: warehouse.regional_gdp and warehouse.challenge_project arrive with their own migration; until a database
    // has them, the figures read from them are "not computed" (with the reason) and the rest of the review still shows.
    private async Task<(IReadOnlyDictionary<MetricPoint, decimal> Values, Dictionary<string, string> Unavailable)> ReadAsync(
        List<MetricPoint> points, CancellationToken cancellationToken)
    {
        var unavailable = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            return (await metrics.ActualsAsync(points, cancellationToken), unavailable);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            var values = new Dictionary<MetricPoint, decimal>();
            foreach (var group in points.GroupBy(p => p.MetricId))
            {
                try
                {
                    foreach (var (point, value) in await metrics.ActualsAsync(group, cancellationToken))
                    {
                        values[point] = value;
                    }
                }
                catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    logger.ReviewMetricNotComputed(group.Key, missing.MessageText);
                    unavailable[group.Key] = missing.MessageText;
                }
            }

            return (values, unavailable);
        }
    }
}
