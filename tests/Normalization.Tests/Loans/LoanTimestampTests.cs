using YuanlingTech.Normalization.Loans;

namespace YuanlingTech.Normalization.Tests.Loans;

public class LoanTimestampTests
{
    [Theory]
    [InlineData("2025-03-05T10:15:00+08:00", "2025-03-05T02:15:00+00:00")]
    [InlineData("2025-03-05 10:15:00", "2025-03-05T02:15:00+00:00")]
    [InlineData("2025-03-05T02:15:00Z", "2025-03-05T02:15:00+00:00")]
    [InlineData("0001-01-01 08:00:00", "0001-01-01T00:00:00+00:00")]
    public void TryParse_ReturnsUtc_WhenTextIsATimestamp(string raw, string expected)
    {
        Assert.True(LoanTimestamp.TryParse(raw, out var utc));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("0001-01-01T07:59:59")]
    [InlineData("1/1/0001 07:59")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_ReturnsFalse_WhenTextHasNoUtcInstant(string? raw)
    {
        Assert.False(LoanTimestamp.TryParse(raw, out _));
    }
}
