using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Tests.Uscc;

public class UsccNormalizerTests
{
    [Theory]
    [InlineData("91431222MA4L41Y04R")]
    [InlineData("91431222MA4612DDX0")]
    [InlineData("91431222MA4FJRE20H")]
    [InlineData("93431222MAD5NU1E3J")]
    [InlineData("91431222186102979M")]
    [InlineData("91430111MA4L41YT1U")]
    [InlineData("91440101MA5CJQ4N59")]
    [InlineData("91350200776049653A")]
    [InlineData("9135021359498494XQ")]
    [InlineData("123502001549897397")]
    public void Normalize_ReturnsValid_WhenCodeIsDomainExample(string code)
    {
        var result = UsccNormalizer.Normalize(code);

        Assert.True(result.IsValid);
        Assert.Equal("valid", result.QualityCode);
        Assert.Equal(code, result.Canonical);
        Assert.Equal(code, result.Published);
    }

    [Theory]
    [InlineData("91431222MA4PWQ3B10", UsccQuality.CheckFailed, "check_failed")]
    [InlineData("91350203M0001QAY9B", UsccQuality.CheckFailed, "check_failed")]
    [InlineData("91431222MAIPWQ3B1A", UsccQuality.Malformed, "malformed")]
    [InlineData("9143A222MA4PWQ3B1A", UsccQuality.Malformed, "malformed")]
    [InlineData("91431222MA4PWQ3B1", UsccQuality.Malformed, "malformed")]
    [InlineData("91431222MA4PWQ3B1AA", UsccQuality.Malformed, "malformed")]
    [InlineData("91431222MA4PWQ3B07", UsccQuality.OrgCheckFailed, "org_check_failed")]
    public void Normalize_ReturnsQuality_WhenCodeIsInvalid(string code, UsccQuality quality, string qualityCode)
    {
        var result = UsccNormalizer.Normalize(code);

        Assert.False(result.IsValid);
        Assert.Equal(quality, result.Quality);
        Assert.Equal(qualityCode, result.QualityCode);
        Assert.Equal(code, result.Published);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \u3000 ")]
    public void Normalize_ReturnsAbsent_WhenBlank(string? raw)
    {
        var result = UsccNormalizer.Normalize(raw);

        Assert.Equal(UsccQuality.Absent, result.Quality);
        Assert.Equal("absent", result.QualityCode);
        Assert.Null(result.Published);
        Assert.Null(result.Canonical);
    }

    [Theory]
    [InlineData("91431222ma4l41y04r", "91431222ma4l41y04r")]
    [InlineData(" 91431222MA4L41Y04R ", "91431222MA4L41Y04R")]
    [InlineData("\u300091431222MA4L41Y04R\u3000", "91431222MA4L41Y04R")]
    [InlineData("914312 22MA4L 41Y04R", "914312 22MA4L 41Y04R")]
    [InlineData("９１４３１２２２ＭＡ４Ｌ４１Ｙ０４Ｒ", "９１４３１２２２ＭＡ４Ｌ４１Ｙ０４Ｒ")]
    [InlineData("９１４３１２２２ｍａ４ｌ４１ｙ０４ｒ", "９１４３１２２２ｍａ４ｌ４１ｙ０４ｒ")]
    public void Normalize_RepairsPresentation_WhenOnlyCaseSpacesOrWidthDiffer(string raw, string published)
    {
        var result = UsccNormalizer.Normalize(raw);

        Assert.True(result.IsValid);
        Assert.Equal("91431222MA4L41Y04R", result.Canonical);
        Assert.Equal(published, result.Published);
    }

    [Theory]
    [InlineData("91431222ma4pwq3b10", "91431222MA4PWQ3B10")]
    [InlineData("91431222MA4PWQ3B07", "91431222MA4PWQ3B07")]
    public void Normalize_KeepsCanonicalWithoutFixingCheck_WhenShapeIsRightButCheckFails(string raw, string canonical)
    {
        var result = UsccNormalizer.Normalize(raw);

        Assert.False(result.IsValid);
        Assert.Equal(canonical, result.Canonical);
    }

    [Theory]
    [InlineData("91431222MAIPWQ3B1A")]
    [InlineData("91431222MA4PWQ3B1")]
    public void Normalize_ReturnsNullCanonical_WhenMalformed(string raw)
    {
        Assert.Null(UsccNormalizer.Normalize(raw).Canonical);
    }

    [Theory]
    [InlineData("９１４３１２２２ｍａ４ｌ４１ｙ０４ｒ")]
    [InlineData(" 91431222ma4pwq3b10")]
    [InlineData("91431222MA4PWQ3B07")]
    public void Normalize_IsIdempotent_WhenAppliedToCanonical(string raw)
    {
        var once = UsccNormalizer.Normalize(raw);
        var twice = UsccNormalizer.Normalize(once.Canonical);

        Assert.Equal(once.Canonical, twice.Canonical);
        Assert.Equal(once.Quality, twice.Quality);
    }
}
