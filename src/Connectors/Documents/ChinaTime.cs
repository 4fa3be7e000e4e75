using System.Globalization;
using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Documents;

/// <summary>Reads the date formats notices pages use (2024-03-15 10:00:00, 2024-03-15, 2024年03月15日 10:00, 2024/3/15).</summary>
public static partial class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset? ParseDateTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match.Groups["y"]);
        var month = Number(match.Groups["m"]);
        var day = Number(match.Groups["d"]);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = match.Groups["h"].Success ? Number(match.Groups["h"]) : 0;
        var minute = match.Groups["min"].Success ? Number(match.Groups["min"]) : 0;
        var second = match.Groups["s"].Success ? Number(match.Groups["s"]) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            hour = minute = second = 0;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, Offset);
    }

    public static DateOnly? ParseDate(string? text)
    {
        var parsed = ParseDateTime(text);
        return parsed is null ? null : DateOnly.FromDateTime(parsed.Value.DateTime);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)\s*日?(?:\s*(?<h>\d{1,2})\s*[:：]\s*(?<min>\d{2})(?:\s*[:：]\s*(?<s>\d{2}))?)?")]
    private static partial Regex DateTimePattern();
}
