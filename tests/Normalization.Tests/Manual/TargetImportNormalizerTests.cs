using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Manual;

public sealed class TargetImportNormalizerTests
{
    /// <summary>The normalizer takes the accepted metrics from its caller (the worker passes the metric catalog's).</summary>
    public static readonly TargetMetrics Metrics = new(
        ["hnte.valid_count", "hnte.new", "contracts.turnover", "loans.kv_amount", "rd.intensity"], new HashSet<string> { "contracts.turnover", "loans.kv_amount" });

    [Theory]
    [InlineData("contracts.turnover", "growth", "15", "2025", 15, 2025)]
    [InlineData("rd.intensity", "增长", "20%", "2025", 20, 2025)]
    [InlineData("loans.kv_amount", "absolute", "3100万元", null, 31_000_000, null)]
    [InlineData("contracts.turnover", "绝对值", "16.675亿元", null, 1_667_500_000, null)]
    [InlineData("hnte.valid_count", "absolute", "52", null, 52, null)]
    public void Normalize_ReadsValueAndBaseYear_WhenRowIsClean(string metric, string kind, string value, string? baseYear, decimal expected, int? expectedBase)
    {
        var record = Assert.Single(TargetImportNormalizer.Normalize([Row(metric, kind, value, baseYear)], Metrics).Records);

        Assert.Equal((2026, "431222", metric, expected, expectedBase), (record.Year, record.RegionCode, record.Metric, record.Value, record.BaseYear));
    }

    [Theory]
    [InlineData("gdp.total", "absolute", "1", null, "指标 'gdp.total' is not a known metric")]
    [InlineData("hnte.new", "plus", "1", null, "方式 'plus' is not absolute or growth")]
    [InlineData("hnte.new", "growth", "10", null, "基准年度 is empty")]
    [InlineData("hnte.new", "growth", "10", "2026", "基准年度 2026 is not before 年度 2026")]
    [InlineData("hnte.new", "absolute", "10", "2025", "基准年度 is only for growth targets")]
    [InlineData("hnte.new", "absolute", "-3", null, "值 '-3' is not a number")]
    public void Normalize_Rejects_WhenRowIsInvalid(string metric, string kind, string value, string? baseYear, string reason)
    {
        var reject = Assert.Single(TargetImportNormalizer.Normalize([Row(metric, kind, value, baseYear)], Metrics).Rejects);

        Assert.Contains(reject.Reasons, r => r.StartsWith(reason, StringComparison.Ordinal));
    }

    private static Records.RawRecord Row(string metric, string kind, string value, string? baseYear) => ManualRows.Row(1,
        (C.Year, "2026"), (C.RegionCode, "431222"), (C.Metric, metric), (C.Kind, kind), (C.Value, value), (C.BaseYear, baseYear));
}
