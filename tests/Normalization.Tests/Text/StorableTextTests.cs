using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Tests.Text;

public class StorableTextTests
{
    // Lone surrogates cannot travel in attribute data (stored as UTF-8), so the cases are built here.
    public static TheoryData<string, string> Unstorable => new()
    {
        { "沅陵\0县", "沅陵县" },
        { "沅陵\uD800县", "沅陵县" },
        { "沅陵县\uDC00", "沅陵县" },
        { "\uDC00\uD800沅陵县", "沅陵县" },
        { "沅陵\uFFFE县\uFFFF", "沅陵县" },
        { "沅陵\uFDD0县", "沅陵县" },
        { "沅陵\U0001FFFE县", "沅陵县" },
        { "沅陵\U0010FFFF县", "沅陵县" },
    };

    public static TheoryData<string, string> Cleaned => new()
    {
        { "沅陵\0县", "沅陵县" },
        { " 沅陵\uD800县 ", "沅陵县" },
        { "沅陵\uFFFE县", "沅陵县" },
        { "𠀀\uFFFE公司", "𠀀公司" },
        { "ＡＢ\uDBFF", "AB" },
    };

    [Theory]
    [MemberData(nameof(Unstorable), DisableDiscoveryEnumeration = true)]
    public void Strip_RemovesWhatTheWarehouseCannotStore(string raw, string expected)
    {
        Assert.False(StorableText.IsStorable(raw));
        Assert.Equal(expected, StorableText.Strip(raw));
    }

    [Theory]
    [InlineData("沅陵县辰州科技有限公司")]
    [InlineData("𠀀 emoji 😀 and \u0001 control")]
    [InlineData("")]
    public void Strip_ReturnsTheSameInstance_WhenTheTextIsStorable(string raw)
    {
        Assert.True(StorableText.IsStorable(raw));
        Assert.Same(raw, StorableText.Strip(raw));
    }

    [Theory]
    [MemberData(nameof(Cleaned), DisableDiscoveryEnumeration = true)]
    public void Clean_RemovesUnstorableCharacters_AndKeepsSurrogatePairs(string raw, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(raw));
    }

    [Fact]
    public void Check_AddsAReasonNamingTheLength_WhenTheValueIsOverItsBound()
    {
        var reasons = new List<string>();

        Assert.True(TextBounds.Check(new string('沅', TextBounds.Name), TextBounds.Name, "企业名称", reasons));
        Assert.False(TextBounds.Check(new string('沅', 1000), TextBounds.Name, "企业名称", reasons));

        Assert.Equal($"企业名称 is 1000 characters long; at most {TextBounds.Name} are stored", Assert.Single(reasons));
    }
}
