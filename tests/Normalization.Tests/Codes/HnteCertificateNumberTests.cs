using YuanlingTech.Normalization.Codes;

namespace YuanlingTech.Normalization.Tests.Codes;

public class HnteCertificateNumberTests
{
    [Theory]
    [InlineData("GR202443002931", "GR202443002931")]
    [InlineData("GR202311004043", "GR202311004043")]
    [InlineData("GR202231005683", "GR202231005683")]
    [InlineData("GR202145001224", "GR202145001224")]
    [InlineData("GR201512000273", "GR201512000273")]
    [InlineData("gr202443002931", "GR202443002931")]
    [InlineData(" GR 2024 43 002931 ", "GR202443002931")]
    [InlineData("ＧＲ２０２４４３００２９３１", "GR202443002931")]
    [InlineData("\u3000GR202443002931\u3000", "GR202443002931")]
    public void TryNormalize_ReturnsCanonical_WhenNumberIsValid(string raw, string expected)
    {
        Assert.True(HnteCertificateNumber.TryNormalize(raw, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GR20151200027")]
    [InlineData("GR20244300293")]
    [InlineData("GR2023XXXXXXXX")]
    [InlineData("GR2024430029311")]
    [InlineData("GF202443002931")]
    public void TryNormalize_ReturnsFalse_WhenNumberIsMalformed(string? raw)
    {
        Assert.False(HnteCertificateNumber.TryNormalize(raw, out var canonical));
        Assert.Equal(string.Empty, canonical);
    }

    [Theory]
    [InlineData("gr 202443002931")]
    [InlineData("ＧＲ２０２４４３００２９３１")]
    public void TryNormalize_IsIdempotent_WhenAppliedToCanonical(string raw)
    {
        Assert.True(HnteCertificateNumber.TryNormalize(raw, out var once));
        Assert.True(HnteCertificateNumber.TryNormalize(once, out var twice));
        Assert.Equal(once, twice);
    }
}
