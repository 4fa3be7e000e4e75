using System.Globalization;
using YuanlingTech.Connectors.Documents;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>Registration months (yyyy-MM) from the configured start to the configured end or the current month in China time.</summary>
public static class MarketMonths
{
    public static IReadOnlyList<string> Range(string startMonth, string? endMonth, DateTimeOffset now)
    {
        var start = Parse(startMonth);
        var chinaNow = now.ToOffset(ChinaTime.Offset);
        var end = endMonth is null ? new DateOnly(chinaNow.Year, chinaNow.Month, 1) : Parse(endMonth);
        var months = new List<string>();
        for (var month = start; month <= end; month = month.AddMonths(1))
        {
            months.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return months;
    }

    private static DateOnly Parse(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
