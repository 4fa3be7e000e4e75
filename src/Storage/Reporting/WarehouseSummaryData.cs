using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Reporting;

/// <summary>The figures for a one-screen warehouse summary; valid-HNTE counts are for <c>ValidHnteToday</c> (China time).</summary>
public sealed record WarehouseSummaryData(
    long Enterprises,
    IReadOnlyList<CertificationStatusCount> Certifications,
    DateOnly ValidHnteToday,
    long ValidHnteYuanling,
    long ValidHnteProvince,
    long Rejects,
    IReadOnlyList<SyncRunSummary> LastRunPerSource);
