namespace YuanlingTech.Targets.Evaluation;

/// <summary>How expected-to-date was computed.</summary>
public static class PaceBases
{
    /// <summary>Seasonal: the share the prior year had reached by the same day.</summary>
    public const string PriorYearCurve = "prior_year_curve";

    /// <summary>The share of the year's days gone (no usable prior-year curve; stocks always).</summary>
    public const string Linear = "linear";

    /// <summary>Yearly statistics: no pace within the year; the year's figure is compared with the target once reported.</summary>
    public const string YearlyData = "yearly_data";

    /// <summary>Every basis; the check constraint of <c>warehouse.target_evaluation</c> is built from it.</summary>
    public static IReadOnlyList<string> All { get; } = [PriorYearCurve, Linear, YearlyData];

    public static string Describe(string basis, int targetYear, string language) => (basis, language) switch
    {
        (PriorYearCurve, "en") => $"seasonal (the {targetYear - 1} monthly curve)",
        (PriorYearCurve, _) => $"季节性（按{targetYear - 1}年逐月进度）",
        (YearlyData, "en") => "yearly data",
        (YearlyData, _) => "年报数据",
        (_, "en") => "linear (days of the year)",
        _ => "线性（按天数）",
    };
}
