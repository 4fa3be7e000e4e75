using YuanlingTech.Normalization.Names;

namespace YuanlingTech.Normalization.Tests.Names;

public class EnterpriseNameNormalizerTests
{
    [Theory]
    [InlineData("沅陵县辰州矿业（湖南）有限公司", "沅陵县辰州矿业（湖南）有限公司")]
    [InlineData("沅陵县辰州矿业(湖南)有限公司", "沅陵县辰州矿业（湖南）有限公司")]
    [InlineData("沅陵县辰州矿业( 湖南 )有限公司", "沅陵县辰州矿业（湖南）有限公司")]
    [InlineData("沅陵县 辰州 矿业有限公司  ", "沅陵县辰州矿业有限公司")]
    [InlineData("\u3000沅陵县辰州矿业有限公司\u3000", "沅陵县辰州矿业有限公司")]
    [InlineData("湖南 ＡＢＣ 科技有限公司", "湖南ABC科技有限公司")]
    [InlineData("Hunan  Green   Valley 科技有限公司", "Hunan Green Valley科技有限公司")]
    [InlineData(null, "")]
    public void Clean_ReturnsDisplayForm_WhenNameHasTypingVariants(string? raw, string expected)
    {
        Assert.Equal(expected, EnterpriseNameNormalizer.Clean(raw));
    }

    [Theory]
    [InlineData("沅陵县辰州矿业（湖南）有限公司")]
    [InlineData("沅陵县辰州矿业(湖南)有限公司")]
    [InlineData("沅陵县辰州矿业( 湖南 )有限公司")]
    [InlineData("沅陵县辰州矿业（湖南）有限公司   ")]
    [InlineData("沅陵县 辰州矿业 (湖南) 有限公司")]
    public void MatchKey_ReturnsSameKey_WhenOnlyBracketsOrSpacesDiffer(string raw)
    {
        Assert.Equal("沅陵县辰州矿业湖南有限公司", EnterpriseNameNormalizer.MatchKey(raw));
    }

    [Theory]
    [InlineData("湖南ＡＢＣ科技有限公司")]
    [InlineData("湖南abc科技有限公司")]
    [InlineData("湖南 A.B.C 科技有限公司")]
    public void MatchKey_ReturnsSameKey_WhenLatinCaseWidthOrPunctuationDiffer(string raw)
    {
        Assert.Equal("湖南ABC科技有限公司", EnterpriseNameNormalizer.MatchKey(raw));
    }

    [Fact]
    public void MatchKey_ReturnsDifferentKeys_WhenNamesDiffer()
    {
        Assert.NotEqual(EnterpriseNameNormalizer.MatchKey("沅陵县甲公司"), EnterpriseNameNormalizer.MatchKey("沅陵县乙公司"));
    }

    [Theory]
    [InlineData("沅陵县辰州矿业( 湖南 )有限公司  ")]
    [InlineData("Hunan  Green   Valley (湖南) 科技")]
    [InlineData("湖南 ＡＢＣ 科技有限公司")]
    public void CleanAndMatchKey_AreIdempotent_WhenAppliedTwice(string raw)
    {
        var clean = EnterpriseNameNormalizer.Clean(raw);
        var key = EnterpriseNameNormalizer.MatchKey(raw);

        Assert.Equal(clean, EnterpriseNameNormalizer.Clean(clean));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(key));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(clean));
    }
}
