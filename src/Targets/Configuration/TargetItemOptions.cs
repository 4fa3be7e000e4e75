namespace YuanlingTech.Targets.Configuration;

/// <summary>
/// One target: <c>absolute</c> (Value is the figure), <c>growth</c> (Value is a ratio over BaseYear's baseline,
/// 0.15 = +15 %) or <c>range</c> (Minimum … Maximum, e.g. 3–5 projects).
/// </summary>
public sealed class TargetItemOptions
{
    public const string Absolute = "absolute";
    public const string Growth = "growth";
    public const string Range = "range";

    /// <summary>Every accepted <see cref="Kind"/>; the check constraint of <c>warehouse.target_evaluation</c> is built from it.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Absolute, Growth, Range];

    public int Year { get; set; }

    public string Region { get; set; } = "";

    public string Metric { get; set; } = "";

    public string Kind { get; set; } = Absolute;

    public decimal Value { get; set; }

    /// <summary>For growth targets; defaults to the year before.</summary>
    public int? BaseYear { get; set; }

    /// <summary>Range targets: the lower bound (inclusive).</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Range targets: the upper bound (inclusive).</summary>
    public decimal? Maximum { get; set; }
}
