using System.Globalization;
using System.Text.Json;

namespace YuanlingTech.Connectors.Documents.Json;

/// <summary>
/// A date as list endpoints write it: text in the list pages' formats (<see cref="ChinaTime"/>), or an epoch number (13 digits:
/// milliseconds, 10 digits: seconds), read in China time.
/// </summary>
public static class JsonDate
{
    public static DateOnly? Parse(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var epoch) => FromEpoch(epoch),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) => FromEpoch(epoch),
        JsonValueKind.String => ChinaTime.ParseDate(value.GetString()),
        _ => null,
    };

    // Other digit counts (yyyyMMdd, a row id) are not dates in either unit.
    private static DateOnly? FromEpoch(long epoch) => epoch.ToString(CultureInfo.InvariantCulture).Length switch
    {
        13 => ChinaDate(DateTimeOffset.FromUnixTimeMilliseconds(epoch)),
        10 => ChinaDate(DateTimeOffset.FromUnixTimeSeconds(epoch)),
        _ => null,
    };

    private static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaTime.Offset).DateTime);
}
