using Id = YuanlingTech.Targets.Metrics.MetricIds;

namespace YuanlingTech.Evaluation.Review;

/// <summary>How a year ended for a region against the figures the county's work summary reports.</summary>
/// <param name="Year">The year reviewed: every figure is read at 31 December of it (flows count the whole year).</param>
/// <param name="RegionCode">The division code (with its sub-divisions).</param>
/// <param name="RegionName">The division's name, e.g. 沅陵县.</param>
/// <param name="Figures">One per <see cref="MetricIds"/>, in that order.</param>
/// <param name="DataYears">The years the region has facts in, oldest first.</param>
public sealed record YearReview(int Year, string RegionCode, string RegionName, IReadOnlyList<ReviewFigure> Figures, IReadOnlyList<int> DataYears)
{
    /// <summary>The summary's figures, in the order the review shows them.</summary>
    public static IReadOnlyList<string> MetricIds { get; } =
    [
        Id.TechSmeRegistered, Id.HnteApplied, Id.HnteValidCount, Id.ContractsTurnover, Id.ContractsTradeAmount,
        Id.LoansKvAmount, Id.RdEnterprises, Id.RdIntensity, Id.PlatformsCount, Id.ProjectsChallenge,
    ];

    /// <summary>The year has facts of its own (a stock alone carries over into years without any).</summary>
    public bool HasData => DataYears.Contains(Year);

    /// <summary>Compared with the 十四五 opening level only after it: from 2022.</summary>
    public static bool ComparesWithOpening(int year) => year > ReviewChange.OpeningSecondYear;

    public ReviewFigure? Find(string metricId) => Figures.FirstOrDefault(f => f.Metric.Id == metricId);

    /// <summary>The figure of a metric the review shows.</summary>
    public ReviewFigure Get(string metricId) => Find(metricId) ?? throw new ArgumentException($"'{metricId}' is not in the review", nameof(metricId));

    /// <summary>The date every figure is read at.</summary>
    public static DateOnly YearEnd(int year) => new(year, 12, 31);
}
