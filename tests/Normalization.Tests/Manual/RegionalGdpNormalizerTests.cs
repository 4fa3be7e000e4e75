using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Manual;

public sealed class RegionalGdpNormalizerTests
{
    [Theory]
    [InlineData("2024", "沅陵县", "215.6", 21_560_000_000)]
    [InlineData("2024年", "431222", "1,215.123456", 121_512_345_600)]
    [InlineData("2024年度", "怀化市", "2,001.5", 200_150_000_000)]
    [InlineData("2024.0", "湖南省", "53,231.00", 5_323_100_000_000)]
    [InlineData("2024", " 沅 陵 县 ", "０．５", 50_000_000)]
    [InlineData("2024", "431222", "215.6000000", 21_560_000_000)]
    public void Normalize_ReturnsExactYuan_WhenRowIsClean(string year, string region, string gdp, decimal expectedYuan)
    {
        var result = RegionalGdpNormalizer.Normalize([Row(1, year, region, gdp)]);

        Assert.Empty(result.Rejects);
        var record = Assert.Single(result.Records);
        Assert.Equal(2024, record.Year);
        Assert.Equal(expectedYuan, record.GdpYuan);
        Assert.Equal((ManualRows.Url, 1), (record.DocumentUrl, record.RowNumber));
    }

    [Theory]
    [InlineData("沅陵县", "431222")]
    [InlineData("431222", "431222")]
    [InlineData("怀化市", "431200")]
    [InlineData("鹤城区", "431202")]
    public void Normalize_ResolvesTheDivision_WhenGivenAsNameOrCode(string region, string expected)
    {
        var record = Assert.Single(RegionalGdpNormalizer.Normalize([Row(1, "2024", region, "100")]).Records);

        Assert.Equal(expected, record.RegionCode);
    }

    [Theory]
    [InlineData("2024", "沅陵县", "0", "地区生产总值（亿元） '0' is not positive")]
    [InlineData("2024", "沅陵县", "-12.5", "地区生产总值（亿元） '-12.5' is not positive")]
    [InlineData("2024", "沅陵县", "1.1234567", "地区生产总值（亿元） '1.1234567' has more than 6 decimals")]
    [InlineData("2024", "沅陵县", "很多", "地区生产总值（亿元） '很多' is not an amount: '很多' is not an amount")]
    [InlineData("2024", "沅陵县", null, "地区生产总值（亿元） is empty")]
    [InlineData("2024", "火星", "100", "地区 '火星' is not a known division")]
    [InlineData("2024", "999999", "100", "地区 '999999' is not a known division")]
    [InlineData("2024", null, "100", "地区 is empty")]
    [InlineData("20X4", "沅陵县", "100", "年度 '20X4' is not a year (2000-2100)")]
    [InlineData("1999", "沅陵县", "100", "年度 '1999' is not a year (2000-2100)")]
    [InlineData(null, "沅陵县", "100", "年度 is empty")]
    public void Normalize_RejectsWithTheReason_WhenAValueIsBad(string? year, string? region, string? gdp, string reason)
    {
        var result = RegionalGdpNormalizer.Normalize([Row(3, year, region, gdp)]);

        Assert.Empty(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(3, reject.RowNumber);
        Assert.Equal([reason], reject.Reasons);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenRowHasSeveralProblems()
    {
        var reject = Assert.Single(RegionalGdpNormalizer.Normalize([Row(1, "去年", "火星", "-1")]).Rejects);

        Assert.Equal(["年度 '去年' is not a year (2000-2100)", "地区 '火星' is not a known division", "地区生产总值（亿元） '-1' is not positive"],
            reject.Reasons);
    }

    [Fact]
    public void Normalize_RejectsTheRepeat_WhenADivisionYearAppearsTwice_AsNameAndAsCode()
    {
        var result = RegionalGdpNormalizer.Normalize([Row(1, "2024", "沅陵县", "200"), Row(2, "2024", "431222", "201"), Row(3, "2023", "431222", "190")]);

        Assert.Equal(2, result.Records.Count);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(2, reject.RowNumber);
        Assert.Equal(["duplicates row 1 (same 年度 and 地区)"], reject.Reasons);
    }

    private static Records.RawRecord Row(int rowNumber, string? year, string? region, string? gdp) =>
        ManualRows.Row(rowNumber, (C.Year, year), (C.Region, region), (C.GdpYi, gdp));
}
