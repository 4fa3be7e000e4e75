namespace YuanlingTech.Storage.Metrics;

/// <summary>A metric for a region (with its sub-divisions) in a year, counted up to <paramref name="On"/>.</summary>
public sealed record MetricPoint(string MetricId, string Region, int Year, DateOnly On);
