namespace YuanlingTech.Targets.Configuration;

/// <summary>One target: <c>absolute</c> (Value is the figure) or <c>growth</c> (Value is a ratio over BaseYear's baseline, 0.15 = +15 %).</summary>
public sealed class TargetItemOptions
{
    public int Year { get; set; }

    public string Region { get; set; } = "";

    public string Metric { get; set; } = "";

    public string Kind { get; set; } = "absolute";

    public decimal Value { get; set; }

    /// <summary>For growth targets; defaults to the year before.</summary>
    public int? BaseYear { get; set; }
}
