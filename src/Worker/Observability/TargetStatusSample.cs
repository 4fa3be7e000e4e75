
namespace YuanlingTech.Worker.Observability;

/// <summary>The latest evaluated status of one target (year, region, metric).</summary>
public sealed record TargetStatusSample(int Year, string Region, string Metric, string Status)
{
    /// <summary>Every status an evaluation can give, so a scrape shows 0 for the ones a target is not in.</summary>
    public static readonly string[] All = ["achieved", "on_track", "at_risk", "behind", "no_data"];

    public string Id => $"{Year}/{Region}/{Metric}";
}
