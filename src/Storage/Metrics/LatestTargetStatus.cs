namespace YuanlingTech.Storage.Metrics;

/// <summary>The status of one target's (year, region, metric) latest evaluation.</summary>
public sealed record LatestTargetStatus(int Year, string Region, string MetricId, string Status);
