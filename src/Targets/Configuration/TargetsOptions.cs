namespace YuanlingTech.Targets.Configuration;

/// <summary>The <c>Targets</c> section of <c>appsettings/targets.json</c>.</summary>
public sealed class TargetsOptions
{
    public const string Section = "Targets";

    /// <summary>Known actual figures (e.g. the 2025 work summary), the base of growth targets.</summary>
    public List<BaselineOptions> Baselines { get; set; } = [];

    /// <summary>Targets by year × region × metric.</summary>
    public List<TargetItemOptions> Items { get; set; } = [];

    /// <summary>Actual ÷ expected-to-date at or above this is "on track".</summary>
    public decimal OnTrackRatio { get; set; } = 0.95m;

    /// <summary>Actual ÷ expected-to-date at or above this (and below on track) is "at risk"; below it, "behind".</summary>
    public decimal AtRiskRatio { get; set; } = 0.80m;

    /// <summary>
    /// A configured baseline that differs from the warehouse's own figure for its year by more than this share (0.05 = 5 %)
    /// is reported: a warning in <c>evaluate</c>, on the Targets page and as a data-quality check.
    /// </summary>
    public decimal BaselineTolerance { get; set; } = 0.05m;

    /// <summary>Labels of the Targets page and the xlsx report: <c>zh</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "zh";
}
