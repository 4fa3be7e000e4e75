using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Dates;

/// <summary>Parses the date formats Chinese portals and spreadsheets publish; any time of day is ignored.</summary>
public static partial class DateParser
{
    private const int ExcelMaxSerial = 2_958_465;
    private const int ExcelFakeLeapDaySerial = 60;
    private static readonly DateOnly ExcelEpochAfterLeapDay = new(1899, 12, 30);
    private static readonly DateOnly ExcelEpochBeforeLeapDay = new(1899, 12, 31);

    public static bool TryParse(string? raw, out DateOnly date)
    {
        date = default;
        var text = TextCleaner.Clean(raw);
        if (text.Length == 0)
        {
            return false;
        }

        var match = ChinesePattern().Match(text);
        if (!match.Success)
        {
            match = SeparatedPattern().Match(text);
        }

        if (!match.Success)
        {
            match = CompactPattern().Match(text);
        }

        if (match.Success)
        {
            return TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date);
        }

        return TryParseExcelSerial(text, out date);
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var valid = y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
        date = valid ? new DateOnly(y, m, d) : default;
        return valid;
    }

    // Excel's 1900 date system counts a 1900-02-29 that never existed (serial 60).
    private static bool TryParseExcelSerial(string text, out DateOnly date)
    {
        date = default;
        if (!SerialPattern().IsMatch(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            return false;
        }

        var days = decimal.Truncate(serial);
        if (days < 1 || days > ExcelMaxSerial || days == ExcelFakeLeapDaySerial)
        {
            return false;
        }

        var epoch = days > ExcelFakeLeapDaySerial ? ExcelEpochAfterLeapDay : ExcelEpochBeforeLeapDay;
        date = epoch.AddDays((int)days);
        return true;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日?(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?:(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatedPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"^[0-9]{1,7}(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialPattern();
}
