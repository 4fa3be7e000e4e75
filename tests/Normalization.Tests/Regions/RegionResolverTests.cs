using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Tests.Regions;

public class RegionResolverTests
{
    [Theory]
    [InlineData("431222", "431222")]
    [InlineData("430000", "430000")]
    [InlineData("431200", "431200")]
    [InlineData("433100", "433100")]
    [InlineData("４３１２２２", "431222")]
    [InlineData(" 431222 ", "431222")]
    [InlineData("433022", "431222")]
    [InlineData("433000", "431200")]
    [InlineData("433001", "431202")]
    [InlineData("433021", "431281")]
    [InlineData("433031", "431230")]
    [InlineData("431201", "431200")]
    [InlineData("431271", "431281")]
    [InlineData("431299", "431200")]
    [InlineData("4300", "430000")]
    [InlineData("4312", "431200")]
    [InlineData("430102", "430100")]
    [InlineData("431282", "431200")]
    [InlineData("433101", "433100")]
    public void TryResolve_ReturnsCurrentCode_WhenCodeIsCurrentRetiredOrUnlisted(string raw, string expected)
    {
        Assert.True(RegionResolver.TryResolve(raw, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("湖南省怀化市沅陵县", "431222")]
    [InlineData("怀化市沅陵县", "431222")]
    [InlineData("怀化 沅陵县", "431222")]
    [InlineData("沅陵县", "431222")]
    [InlineData("沅陵", "431222")]
    [InlineData("\u3000沅陵县 ", "431222")]
    [InlineData("怀化市", "431200")]
    [InlineData("怀化", "431200")]
    [InlineData("湘西州", "433100")]
    [InlineData("湘西土家族苗族自治州", "433100")]
    [InlineData("长沙市", "430100")]
    [InlineData("长沙", "430100")]
    [InlineData("湖南省", "430000")]
    [InlineData("湖南长沙", "430100")]
    [InlineData("麻阳苗族自治县", "431226")]
    [InlineData("麻阳", "431226")]
    [InlineData("靖州苗族侗族自治县", "431229")]
    [InlineData("怀化市洪江市", "431281")]
    public void TryResolve_ReturnsCode_WhenNameHasOrLacksPrefixes(string raw, string expected)
    {
        Assert.True(RegionResolver.TryResolve(raw, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("火星市")]
    [InlineData("110108")]
    [InlineData("4312220")]
    [InlineData("长沙市沅陵县")]
    [InlineData("沅陵县火星")]
    [InlineData("439999")]
    public void TryResolve_ReturnsFalse_WhenRegionIsUnknown(string? raw)
    {
        Assert.False(RegionResolver.TryResolve(raw, out _));
    }

    [Theory]
    [InlineData("91431222MA4L41Y04R", "431222")]
    [InlineData("91430111MA4L41YT1U", "430100")]
    [InlineData("91433022MA4L41Y04R", "431222")]
    public void FromUscc_ReturnsDivision_WhenSegmentResolves(string uscc, string expected)
    {
        Assert.Equal(expected, RegionResolver.FromUscc(uscc));
    }

    [Theory]
    [InlineData("91440101MA5CJQ4N59")]
    [InlineData("91431222")]
    public void FromUscc_ReturnsNull_WhenSegmentIsOutsideHunanOrMissing(string uscc)
    {
        Assert.Null(RegionResolver.FromUscc(uscc));
    }

    [Theory]
    [InlineData("431222", "431222", true)]
    [InlineData("431222", "431200", true)]
    [InlineData("431222", "430000", true)]
    [InlineData("431200", "430000", true)]
    [InlineData("431200", "431222", false)]
    [InlineData("431222", "430100", false)]
    [InlineData("430000", "431200", false)]
    public void IsWithin_ReturnsContainment_WhenCodesAreCurrent(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, RegionResolver.IsWithin(code, ancestor));
    }

    [Theory]
    [InlineData("湖南省怀化市沅陵县")]
    [InlineData("433022")]
    [InlineData("４３０１０２")]
    public void TryResolve_IsIdempotent_WhenResolvingTheResolvedCode(string raw)
    {
        Assert.True(RegionResolver.TryResolve(raw, out var once));
        Assert.True(RegionResolver.TryResolve(once, out var twice));
        Assert.Equal(once, twice);
    }
}
