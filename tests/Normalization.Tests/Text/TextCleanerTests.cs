using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Tests.Text;

public class TextCleanerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  沅陵县  ", "沅陵县")]
    [InlineData("\u3000沅陵县\u3000", "沅陵县")]
    [InlineData("湖南\u00A0\u00A0ABC", "湖南 ABC")]
    [InlineData("沅\u200B陵\uFEFF县", "沅陵县")]
    [InlineData("a\tb\r\nc", "a b c")]
    [InlineData("a\u0001b", "ab")]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("（湖南）", "(湖南)")]
    [InlineData("１２３４，５６", "1234,56")]
    [InlineData("～！", "~!")]
    [InlineData("a   b \u3000 c", "a b c")]
    public void Clean_ReturnsNormalizedText_WhenInputHasWidthOrSpaceVariants(string? raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Theory]
    [InlineData("\u3000ＡＢＣ\u00A0１２３\u200B ")]
    [InlineData("（湖南）  科技\t有限公司")]
    [InlineData("a\u0001b")]
    public void Clean_IsIdempotent_WhenAppliedTwice(string raw)
    {
        var once = TextCleaner.Clean(raw);

        Assert.Equal(once, TextCleaner.Clean(once));
    }
}
