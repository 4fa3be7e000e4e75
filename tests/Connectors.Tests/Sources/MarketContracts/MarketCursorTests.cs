using YuanlingTech.Connectors.Sources.MarketContracts;

namespace YuanlingTech.Connectors.Tests.Sources.MarketContracts;

public class MarketCursorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_ReadsTheFirstFormatAsMonthsNeverChecked_WhenTheCursorIsAPageCountObject()
    {
        var cursor = MarketCursor.Parse("""{"2024-01": 3, "2024-02": 1}""");

        Assert.Equal(new MarketMonthState(3, null), cursor.Months["2024-01"]);
        Assert.Equal(new MarketMonthState(1, null), cursor.Months["2024-02"]);
        Assert.False(cursor.IsClosed("2024-01", 45));
        Assert.Null(cursor.LastFullRunAt);
    }

    [Theory]
    [InlineData("2025-07-15", false)]
    [InlineData("2025-08-14", false)]
    [InlineData("2025-08-15", true)]
    [InlineData(null, false)]
    public void IsClosed_NeedsACompleteReadClosedAfterDaysAfterTheMonthsEnd(string? checkedOn, bool expected)
    {
        var cursor = new MarketCursor();
        cursor.Months["2025-06"] = new MarketMonthState(4, checkedOn is null ? null : DateOnly.Parse(checkedOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, MarketCursor.Parse(cursor.ToJson()).IsClosed("2025-06", 45));
    }

    [Fact]
    public void ReferenceDate_IsTheNewestRegistrationButNeverLaterThanTodayInChina()
    {
        Assert.Null(new MarketCursor().ReferenceDate(Now));
        Assert.Equal(new DateOnly(2025, 9, 15), new MarketCursor { LatestRegisteredOn = new DateOnly(2025, 9, 15) }.ReferenceDate(Now));
        // 20:00 UTC is already the next day in China.
        Assert.Equal(new DateOnly(2026, 11, 29), new MarketCursor { LatestRegisteredOn = new DateOnly(2062, 1, 1) }.ReferenceDate(Now));
    }
}
