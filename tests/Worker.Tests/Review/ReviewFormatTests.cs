using YuanlingTech.Evaluation.Review;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>Figures as the work summary writes them.</summary>
public sealed class ReviewFormatTests
{
    [Theory]
    [InlineData(1_450_000_000, "14.5亿元")]
    [InlineData(1_449_999_999, "14.5亿元")]
    [InlineData(1_440_000_000, "14.4亿元")]
    [InlineData(200_000_000, "2亿元")]
    [InlineData(99_999_000, "1亿元")]
    [InlineData(31_000_000, "3100万元")]
    [InlineData(31_004_999, "3100万元")]
    [InlineData(10_000, "1万元")]
    [InlineData(3_500, "0.35万元")]
    [InlineData(0, "0万元")]
    public void Money_IsIn亿元ToATenthFrom1亿_ElseInWhole万元(long yuan, string text)
    {
        Assert.Equal(text, ReviewFormat.Money(yuan));
    }

    [Fact]
    public void Figure_WritesCountsWholeWithTheCatalogsMeasureWord()
    {
        Assert.Equal("223家", ReviewFormat.Figure(223, MetricCatalog.Get("techsme.registered")));
        Assert.Equal("30个", ReviewFormat.Figure(30, MetricCatalog.Get("platforms.count")));
        Assert.Equal("4项", ReviewFormat.Figure(4, MetricCatalog.Get("projects.challenge")));
        Assert.Equal("1.52%", ReviewFormat.Figure(1.5234m, MetricCatalog.Get("rd.intensity")));
    }

    [Fact]
    public void ChangeCell_ShowsTheDifferenceAndThePercentage_OrADashWithoutABase()
    {
        var techSme = MetricCatalog.Get("techsme.registered");

        Assert.Equal("38.5家", ReviewFormat.Level(38.5m, techSme));
        Assert.Equal("+184.5家（+479.2%）", ReviewFormat.ChangeCell(223 - 38.5m, ReviewChange.Percent(223, 38.5m), techSme));
        Assert.Equal("-5家（-12.5%）", ReviewFormat.ChangeCell(-5, -12.5m, techSme));
        Assert.Equal("+3家", ReviewFormat.ChangeCell(3, null, techSme));
        Assert.Equal("—", ReviewFormat.ChangeCell(null, null, techSme));
        Assert.Equal("+2.5亿元（+20.8%）", ReviewFormat.ChangeCell(250_000_000, ReviewChange.Percent(1_450_000_000, 1_200_000_000), MetricCatalog.Get("contracts.turnover")));
        Assert.Equal("+0.10个百分点（+7.1%）", ReviewFormat.ChangeCell(0.1m, ReviewChange.Percent(1.5m, 1.4m), MetricCatalog.Get("rd.intensity")));
    }

    [Theory]
    [InlineData(new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20 }, "3–17, 20")]
    [InlineData(new[] { 20, 3, 4, 4, 5, 9 }, "3–5, 9, 20")]
    [InlineData(new[] { 7 }, "7")]
    [InlineData(new int[0], "")]
    public void Compress_WritesRowNumbersAsRanges(int[] rows, string text)
    {
        Assert.Equal(text, RowRanges.Compress(rows));
    }
}
