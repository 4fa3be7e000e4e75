using System.Globalization;
using System.Text.Json;
using YuanlingTech.Connectors.Documents;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>
/// The market-contracts cursor (JSON in <c>ingest.source_state</c>): each month's page count and when it was last
/// read completely, the newest registration date loaded, and the time of the last full run. A month is closed
/// (not re-queried on normal runs) once it was read completely at a time it lay <c>ClosedAfterDays</c> in the past.
/// </summary>
public sealed class MarketCursor
{
    public SortedDictionary<string, MarketMonthState> Months { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The newest registration date of any contract loaded so far.</summary>
    public DateOnly? LatestRegisteredOn { get; set; }

    /// <summary>When the last run that queried every month and loaded everything finished; null before the first.</summary>
    public DateTimeOffset? LastFullRunAt { get; set; }

    /// <summary>Reads the cursor; the first format (a plain month → page count object) is read as months never checked.</summary>
    public static MarketCursor Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new MarketCursor();
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty(nameof(Months), out _))
        {
            return JsonSerializer.Deserialize<MarketCursor>(json) ?? new MarketCursor();
        }

        var cursor = new MarketCursor();
        foreach (var month in document.RootElement.EnumerateObject())
        {
            cursor.Months[month.Name] = new MarketMonthState(month.Value.GetInt32(), CheckedOn: null);
        }

        return cursor;
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public bool IsFullDue(DateTimeOffset now, int fullRecheckDays) =>
        LastFullRunAt is not { } last || now - last >= TimeSpan.FromDays(fullRecheckDays);

    /// <summary>
    /// "Today" for closing months: the portal's newest registration, never later than today in China time, so a
    /// portal that lags (or a simulator set in the past) does not get its recent months closed early.
    /// </summary>
    public DateOnly? ReferenceDate(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime.Offset).DateTime);
        return LatestRegisteredOn is { } latest ? (latest < today ? latest : today) : null;
    }

    public bool IsClosed(string month, int closedAfterDays) =>
        Months.GetValueOrDefault(month) is { CheckedOn: { } checkedOn }
        && checkedOn >= FirstDay(month).AddMonths(1).AddDays(closedAfterDays);

    private static DateOnly FirstDay(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
