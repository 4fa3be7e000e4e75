using YuanlingTech.Evaluation.Review;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>Reviews built by hand for the pure tests: figures by metric id as (year, year before, 2020, 2021).</summary>
public static class ReviewFigures
{
    /// <summary>The 2025 work summary's figures for 431222, with the opening levels that give its 480 %, 225 % and 翻了一番.</summary>
    public static Dictionary<string, (decimal? Value, decimal? Prior, decimal? First, decimal? Second)> Summary() => new()
    {
        ["techsme.registered"] = (223, 180, 38, 39),
        ["hnte.applied"] = (20, 18, 9, 11),
        ["hnte.valid_count"] = (47, 41, 14, 15),
        ["contracts.turnover"] = (1_450_000_000m, 1_200_000_000m, 400_000_000m, 500_000_000m),
        ["contracts.trade_amount"] = (1_100_000_000m, 900_000_000m, 300_000_000m, 350_000_000m),
        ["loans.kv_amount"] = (31_000_000m, 25_000_000m, 0, 5_000_000m),
        ["rd.enterprises"] = (40, 35, 0, 0),
        ["rd.intensity"] = (1.5m, 1.4m, 1.1m, 1.2m),
        ["platforms.count"] = (30, 26, 15, 15),
        ["projects.challenge"] = (0, 0, 0, 0),
    };

    public static YearReview Build(int year, Dictionary<string, (decimal? Value, decimal? Prior, decimal? First, decimal? Second)> figures) => new(
        year,
        "431222",
        "沅陵县",
        [.. YearReview.MetricIds.Select(id => Figure(id, figures[id], YearReview.ComparesWithOpening(year)))],
        [2020, 2021, 2022, 2023, 2024, 2025]);

    private static ReviewFigure Figure(string id, (decimal? Value, decimal? Prior, decimal? First, decimal? Second) f, bool compare) =>
        new(MetricCatalog.Get(id), f.Value, f.Prior, compare ? ReviewChange.OpeningLevel(f.First, f.Second) : null, f.Value is null ? "relation does not exist" : null);
}
