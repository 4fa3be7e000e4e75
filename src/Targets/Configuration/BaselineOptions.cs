namespace YuanlingTech.Targets.Configuration;

/// <summary>An actual figure for a year, region and metric that targets can grow from.</summary>
public sealed class BaselineOptions
{
    public int Year { get; set; }

    public string Region { get; set; } = "";

    public string Metric { get; set; } = "";

    /// <summary>Counts as counts; money in yuan.</summary>
    public decimal Value { get; set; }
}
