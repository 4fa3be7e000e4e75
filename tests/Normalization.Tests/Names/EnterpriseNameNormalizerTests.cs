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
    [InlineData("Hunan ABC (China) Co., Ltd.", "Hunan ABC (China) Co., Ltd.")]
    [InlineData("Hunan  ABC  ( China )  Co., Ltd. ", "Hunan ABC (China) Co., Ltd.")]
    [InlineData("Hunan ABC（China）Co., Ltd.", "Hunan ABC (China) Co., Ltd.")]
    [InlineData("Hunan ABC(China)Co., Ltd.", "Hunan ABC (China) Co., Ltd.")]
    [InlineData("Ｈｕｎａｎ　ＡＢＣ（Ｃｈｉｎａ）Ｃｏ．，　Ｌｔｄ．", "Hunan ABC (China) Co., Ltd.")]
    [InlineData("Hunan ABC (China), Inc.", "Hunan ABC (China), Inc.")]
    [InlineData("ABC (Hong Kong (HK)) Ltd", "ABC (Hong Kong (HK)) Ltd")]
    [InlineData("Green Valley Tech", "Green Valley Tech")]
    public void Clean_KeepsSpacesBetweenLatinWords_WhenLatinNameHasBrackets(string raw, string expected)
    {
        Assert.Equal(expected, EnterpriseNameNormalizer.Clean(raw));
    }

    [Theory]
    [InlineData("长沙ABC Tech有限公司", "长沙ABC Tech有限公司")]
    [InlineData("长沙 ABC  Tech 有限公司", "长沙ABC Tech有限公司")]
    [InlineData("长沙ABC Tech(湖南)有限公司", "长沙ABC Tech（湖南）有限公司")]
    [InlineData("长沙ABC (Tech) 有限公司", "长沙ABC（Tech）有限公司")]
    [InlineData("(ABC)长沙科技有限公司", "（ABC）长沙科技有限公司")]
    [InlineData("Hunan ABC (湖南) Co., Ltd.", "Hunan ABC（湖南）Co., Ltd.")]
    [InlineData("湖南 ABC 科技(长沙) 有限公司", "湖南ABC科技（长沙）有限公司")]
    [InlineData("湖南ABC科技有限公司(", "湖南ABC科技有限公司（")]
    [InlineData("Hunan ABC ) Co.", "Hunan ABC）Co.")]
    public void Clean_UsesFullWidthBracketsWithoutSpaces_WhenBracketTouchesCjkText(string raw, string expected)
    {
        Assert.Equal(expected, EnterpriseNameNormalizer.Clean(raw));
    }

    [Theory]
    [InlineData("Hunan ABC (China) Co., Ltd.")]
    [InlineData("Hunan ABC（China）Co., Ltd.")]
    [InlineData("Hunan ABC(China)Co.,Ltd.")]
    [InlineData("hunan abc (china) co., ltd.")]
    [InlineData("Ｈｕｎａｎ　ＡＢＣ（Ｃｈｉｎａ）Ｃｏ．，　Ｌｔｄ．")]
    public void MatchKey_ReturnsSameKey_WhenLatinNameDiffersInSpacingBracketsOrCase(string raw)
    {
        Assert.Equal("HUNANABCCHINACOLTD", EnterpriseNameNormalizer.MatchKey(raw));
    }

    [Theory]
    [InlineData("长沙ABC Tech有限公司")]
    [InlineData("长沙 ABC Tech 有限公司")]
    [InlineData("长 沙 ABC Tech 有 限 公 司")]
    [InlineData("长沙abc tech有限公司")]
    public void MatchKey_ReturnsSameKey_WhenMixedNameDiffersInSpacingOfItsCjkParts(string raw)
    {
        Assert.Equal("长沙ABCTECH有限公司", EnterpriseNameNormalizer.MatchKey(raw));
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
    [InlineData("Hunan ABC（China）Co., Ltd.")]
    [InlineData("ABC (Hong Kong (HK)) Ltd (")]
    [InlineData("长沙ABC (Tech) 有限公司")]
    public void CleanAndMatchKey_AreIdempotent_WhenAppliedTwice(string raw)
    {
        var clean = EnterpriseNameNormalizer.Clean(raw);
        var key = EnterpriseNameNormalizer.MatchKey(raw);

        Assert.Equal(clean, EnterpriseNameNormalizer.Clean(clean));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(key));
        Assert.Equal(key, EnterpriseNameNormalizer.MatchKey(clean));
    }
}
