using YuanlingTech.Evaluation.Review;
using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>The paragraph in the work summary's own phrasing, built from the figures.</summary>
public sealed class ReviewParagraphTests
{
    private const string Summary =
        "2025年，沅陵县科技型中小企业数量达223家，申报高新技术企业20家，全县高新技术企业已达47家，与“十四五”同期相比分别增加480%、225%；" +
        "技术成果合同成交实现14.5亿元；科技型企业已获批贷款3100万元；新增40家有研发活动的企业；科技平台数量达到30个，较“十四五”初翻了一番。";

    [Fact]
    public void Build_ReadsAsTheWorkSummary_WhenTheFiguresAreTheSummarys()
    {
        Assert.Equal(Summary, ReviewParagraph.Build(ReviewFigures.Build(2025, ReviewFigures.Summary())));
    }

    [Fact]
    public void Build_LeavesAFigureOut_WhenItIsZeroOrMissing()
    {
        var figures = ReviewFigures.Summary();
        figures["hnte.applied"] = (0, 18, 9, 11);
        figures["loans.kv_amount"] = (null, null, null, null);
        figures["rd.enterprises"] = (0, 35, 0, 0);

        var paragraph = ReviewParagraph.Build(ReviewFigures.Build(2025, figures));

        Assert.Equal(
            "2025年，沅陵县科技型中小企业数量达223家，全县高新技术企业已达47家，与“十四五”同期相比分别增加480%、225%；" +
            "技术成果合同成交实现14.5亿元；科技平台数量达到30个，较“十四五”初翻了一番。",
            paragraph);
        Assert.DoesNotContain("0家", paragraph!.Replace("30个", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_StartsWithTheFirstReportedFigure_AndComparesOnlyWhatHasAnOpeningLevel()
    {
        var figures = ReviewFigures.Summary();
        figures["techsme.registered"] = (0, 0, 0, 0);
        figures["platforms.count"] = (30, 26, 0, 0);

        var paragraph = ReviewParagraph.Build(ReviewFigures.Build(2025, figures));

        Assert.StartsWith("2025年，沅陵县申报高新技术企业20家，全县高新技术企业已达47家，与“十四五”同期相比增加225%；", paragraph, StringComparison.Ordinal);
        Assert.EndsWith("；科技平台数量达到30个。", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HasNoComparison_BeforeThePlanHasStarted()
    {
        var paragraph = ReviewParagraph.Build(ReviewFigures.Build(2021, ReviewFigures.Summary()));

        Assert.DoesNotContain("十四五", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IsNull_WhenNoFigureIsAboveZero()
    {
        var figures = ReviewFigures.Summary().ToDictionary(p => p.Key, _ => ((decimal?)0m, (decimal?)0m, (decimal?)0m, (decimal?)0m));

        Assert.Null(ReviewParagraph.Build(ReviewFigures.Build(2025, figures)));
    }

    [Theory]
    [InlineData(new[] { 479.2, 224.1 }, "分别增加480%、225%")]
    [InlineData(new[] { -12.0, -30.0 }, "分别减少10%、30%")]
    [InlineData(new[] { 479.2, 100.0 }, "分别增加480%、翻了一番")]
    [InlineData(new[] { 224.1 }, "增加225%")]
    public void Changes_AreWrittenTogether_AsTheSummaryDoes(double[] percents, string text)
    {
        Assert.Equal(text, ReviewParagraph.Changes([.. percents.Select(p => (decimal)p)]));
    }

    [Theory]
    [InlineData("沅陵县", "全县")]
    [InlineData("怀化市", "全市")]
    [InlineData("鹤城区", "全区")]
    [InlineData("湖南省", "全省")]
    public void Whole_NamesTheWholeDivision(string name, string whole)
    {
        Assert.Equal(whole, ReviewParagraph.Whole(name));
    }

    [Fact]
    public void EveryMetricTheReviewShows_HasExplainSqlAndACatalogEntry()
    {
        Assert.All(YearReview.MetricIds, id => Assert.NotNull(MetricExplainSql.For(id)));
        Assert.All(YearReview.MetricIds, id => Assert.NotNull(MetricCatalog.Find(id)));
        Assert.Equal(YearReview.MetricIds.Count, YearReview.MetricIds.Distinct().Count());
    }
}
