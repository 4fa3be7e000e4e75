using YuanlingTech.Normalization.Dates;

namespace YuanlingTech.Normalization.Tests.Dates;

public class DateParserTests
{
    [Theory]
    [InlineData("2025年3月5日", "2025-03-05")]
    [InlineData("2023年7月20日", "2023-07-20")]
    [InlineData("2026年09月24日 15:30", "2026-09-24")]
    [InlineData("2026年09月24日", "2026-09-24")]
    [InlineData("2025-03-05", "2025-03-05")]
    [InlineData("2025-03-05 15:14", "2025-03-05")]
    [InlineData("2026-02-12 15:40:59", "2026-02-12")]
    [InlineData("2025/3/5", "2025-03-05")]
    [InlineData("2025.3.5", "2025-03-05")]
    [InlineData("20250305", "2025-03-05")]
    [InlineData("２０２５年３月５日", "2025-03-05")]
    [InlineData("２０２５－０３－０５", "2025-03-05")]
    [InlineData(" 2024-12-11\u3000", "2024-12-11")]
    [InlineData("45721", "2025-03-05")]
    [InlineData("45721.6354", "2025-03-05")]
    [InlineData("1", "1900-01-01")]
    [InlineData("59", "1900-02-28")]
    [InlineData("61", "1900-03-01")]
    [InlineData("2958465", "9999-12-31")]
    public void TryParse_ReturnsDate_WhenFormatIsPublishedForm(string raw, string expected)
    {
        Assert.True(DateParser.TryParse(raw, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2025-02-30")]
    [InlineData("2025年13月1日")]
    [InlineData("20250230")]
    [InlineData("2025-03/05")]
    [InlineData("60")]
    [InlineData("0")]
    [InlineData("2958466")]
    [InlineData("-5")]
    [InlineData("2025-03-05 abc")]
    public void TryParse_ReturnsFalse_WhenTextIsNotAPossibleDate(string? raw)
    {
        Assert.False(DateParser.TryParse(raw, out _));
    }

    [Theory]
    [InlineData("2026年09月24日 15:30")]
    [InlineData("45721.6354")]
    [InlineData("２０２５/３/５")]
    public void TryParse_IsIdempotent_WhenParsingItsOwnIsoOutput(string raw)
    {
        Assert.True(DateParser.TryParse(raw, out var once));
        Assert.True(DateParser.TryParse(once.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), out var twice));
        Assert.Equal(once, twice);
    }
}
