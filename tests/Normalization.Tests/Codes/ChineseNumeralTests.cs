using YuanlingTech.Normalization.Codes;

namespace YuanlingTech.Normalization.Tests.Codes;

public class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("三", 3)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("十九", 19)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("九十九", 99)]
    [InlineData("3", 3)]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    public void TryParse_ReturnsValue_WhenTextIsBatchNumber(string text, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("百")]
    [InlineData("十十")]
    [InlineData("一二")]
    [InlineData("二十三四")]
    [InlineData("三a")]
    [InlineData("第三批")]
    public void TryParse_ReturnsFalse_WhenTextIsNotABatchNumber(string text)
    {
        Assert.False(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(0, value);
    }
}
