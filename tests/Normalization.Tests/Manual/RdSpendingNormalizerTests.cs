using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Manual;

public sealed class RdSpendingNormalizerTests
{
    [Theory]
    [InlineData("1,234.56", "2024", "沅陵县", 12_345_600)]
    [InlineData("88", "2024年", "431222", 880_000)]
    [InlineData("0.01", "2024.0", null, 100)]
    public void Normalize_ReturnsExactYuan_WhenRowIsClean(string amount, string year, string? region, decimal expectedYuan)
    {
        var row = ManualRows.Row(1, (C.EnterpriseName, "沅陵县辰州科技(湖南)有限公司"), (C.Uscc, ManualRows.ValidUscc),
            (C.Region, region), (C.Year, year), (C.RdAmountWan, amount));

        var result = RdSpendingNormalizer.Normalize([row]);

        var record = Assert.Single(result.Records);
        Assert.Empty(result.Rejects);
        Assert.Equal(expectedYuan, record.AmountYuan);
        Assert.Equal((2024, "431222", ManualRows.ValidUscc, ManualRows.ValidUscc), (record.Year, record.RegionCode, record.EnterpriseKey, record.Uscc));
        Assert.Equal("沅陵县辰州科技（湖南）有限公司", record.EnterpriseName);
    }

    [Fact]
    public void Normalize_KeysByNameAndRegion_WhenUsccIsAbsent()
    {
        var row = ManualRows.Row(1, (C.EnterpriseName, "沅陵县辰州科技有限公司"), (C.Uscc, null), (C.Region, "沅陵县"), (C.Year, "2024"), (C.RdAmountWan, "10"));

        var record = Assert.Single(RdSpendingNormalizer.Normalize([row]).Records);

        Assert.StartsWith("name:", record.EnterpriseKey, StringComparison.Ordinal);
        Assert.EndsWith("@431222", record.EnterpriseKey, StringComparison.Ordinal);
        Assert.Null(record.Uscc);
        Assert.Equal("absent", record.UsccQuality);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenRowHasSeveralProblems()
    {
        var badUscc = ManualRows.ValidUscc[..^1] + "S";
        var row = ManualRows.Row(4, (C.EnterpriseName, " "), (C.Uscc, badUscc), (C.Region, "火星"), (C.Year, "20X4"), (C.RdAmountWan, "很多"));

        var result = RdSpendingNormalizer.Normalize([row]);

        Assert.Empty(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(4, reject.RowNumber);
        Assert.Equal(5, reject.Reasons.Count);
        Assert.Contains(reject.Reasons, r => r.StartsWith("企业名称", StringComparison.Ordinal));
        Assert.Contains(reject.Reasons, r => r.StartsWith($"统一社会信用代码 '{badUscc}'", StringComparison.Ordinal));
        Assert.Contains("所属地区 '火星' is not a known division", reject.Reasons);
        Assert.Contains("年度 '20X4' is not a year (2000-2100)", reject.Reasons);
        Assert.Contains(reject.Reasons, r => r.StartsWith("研发经费支出（万元） '很多'", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_RejectsTheRepeat_WhenAnEnterpriseYearAppearsTwice()
    {
        (string, string?)[] cells = [(C.EnterpriseName, "甲公司"), (C.Uscc, ManualRows.ValidUscc), (C.Region, "沅陵县"), (C.Year, "2024"), (C.RdAmountWan, "10")];

        var result = RdSpendingNormalizer.Normalize([ManualRows.Row(1, cells), ManualRows.Row(2, cells)]);

        Assert.Single(result.Records);
        Assert.Equal("duplicates row 1 (same enterprise and 年度)", Assert.Single(Assert.Single(result.Rejects).Reasons));
    }
}
