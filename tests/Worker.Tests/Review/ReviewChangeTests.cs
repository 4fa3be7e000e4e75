using YuanlingTech.Evaluation.Review;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>The percentages of the review and why the 十四五 opening level is the mean of 2020 and 2021.</summary>
public sealed class ReviewChangeTests
{
    [Fact]
    public void OpeningLevel_IsTheMeanOf2020And2021_WhenBothHaveData()
    {
        Assert.Equal(38.5m, ReviewChange.OpeningLevel(38, 39));
        Assert.Equal(14.5m, ReviewChange.OpeningLevel(14, 15));
        Assert.Equal(15m, ReviewChange.OpeningLevel(15, 15));
    }

    [Fact]
    public void OpeningLevel_IsTheYearWithData_WhenTheOtherHasNone()
    {
        Assert.Equal(15m, ReviewChange.OpeningLevel(0, 15));
        Assert.Equal(15m, ReviewChange.OpeningLevel(15, null));
        Assert.Null(ReviewChange.OpeningLevel(0, null));
    }

    [Theory]
    [InlineData(223, 38.5, 480)]
    [InlineData(47, 14.5, 225)]
    public void RoundToFive_GivesTheSummarysPercentages_FromTheMeanOf2020And2021(int value, double opening, int summary)
    {
        var percent = ReviewChange.Percent(value, (decimal)opening)!.Value;

        Assert.Equal(summary, ReviewChange.RoundToFive(percent));
    }

    [Theory]
    [InlineData(223, 38)]
    [InlineData(223, 39)]
    [InlineData(47, 14)]
    [InlineData(47, 15)]
    public void RoundToFive_DoesNotGiveTheSummarysPercentages_FromASingleBaseYear(int value, int baseYearFigure)
    {
        var rounded = ReviewChange.RoundToFive(ReviewChange.Percent(value, baseYearFigure)!.Value);

        Assert.True(rounded is not (480m or 225m), $"{value}/{baseYearFigure} rounds to {rounded} %");
    }

    [Fact]
    public void Percent_IsOneDecimalOfTheTable_AndNullWithoutABase()
    {
        Assert.Equal("+479.2%", ReviewFormat.TablePercent(ReviewChange.Percent(223, 38.5m)));
        Assert.Equal("+224.1%", ReviewFormat.TablePercent(ReviewChange.Percent(47, 14.5m)));
        Assert.Equal("-12.5%", ReviewFormat.TablePercent(ReviewChange.Percent(35, 40)));
        Assert.Null(ReviewChange.Percent(30, 0));
        Assert.Null(ReviewChange.Percent(null, 15));
        Assert.Equal("—", ReviewFormat.TablePercent(null));
    }

    [Theory]
    [InlineData(30, 15, "翻了一番")]
    [InlineData(60.5, 30, "翻了一番")]
    [InlineData(59.3, 30, "翻了一番")]
    [InlineData(59, 30, "增加95%")]
    [InlineData(61, 29.5, "增加105%")]
    [InlineData(223, 38.5, "增加480%")]
    [InlineData(36, 40, "减少10%")]
    [InlineData(40, 40.5, "持平")]
    public void Phrase_WritesADoubling_AsTheSummaryDoes(double value, double opening, string phrase)
    {
        Assert.Equal(phrase, ReviewFormat.Phrase(ReviewChange.Percent((decimal)value, (decimal)opening)!.Value));
    }
}
