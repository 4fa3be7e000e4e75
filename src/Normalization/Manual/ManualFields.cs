using System.Globalization;
using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Dates;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Manual;

/// <summary>Field readers shared by the manual templates; each adds a reason for every problem it finds.</summary>
internal static class ManualFields
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static string? Text(RawRecord row, string column) =>
        TextCleaner.Clean(row[column]) is { Length: > 0 } text ? text : null;

    public static string ReadName(RawRecord row, string column, string label, List<string> reasons)
    {
        var name = EnterpriseNameNormalizer.Clean(row[column]);
        if (name.Length == 0)
        {
            reasons.Add($"{label} is empty");
        }

        TextBounds.Check(name, TextBounds.Name, label, reasons);
        return name;
    }

    public static UsccResult ReadUscc(RawRecord row, List<string> reasons)
    {
        var uscc = UsccNormalizer.Normalize(row[ManualColumns.Uscc]);
        if (uscc.Quality != UsccQuality.Absent && !uscc.IsValid)
        {
            reasons.Add($"统一社会信用代码 '{uscc.Published}' is not a valid USCC ({uscc.QualityCode})");
        }

        return uscc;
    }

    public static int? ReadYear(RawRecord row, string column, string label, List<string> reasons, bool required = true)
    {
        var raw = Text(row, column);
        if (raw is null)
        {
            if (required)
            {
                reasons.Add($"{label} is empty");
            }

            return null;
        }

        var digits = raw.TrimEnd('年', '度').Trim();
        if (decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= MinYear and <= MaxYear)
        {
            return (int)number;
        }

        reasons.Add($"{label} '{raw}' is not a year ({MinYear}-{MaxYear})");
        return null;
    }

    /// <summary>The region as published (name or code), else the one the USCC names.</summary>
    public static (string? Code, string Source) ReadRegion(RawRecord row, UsccResult uscc, List<string> reasons)
    {
        var raw = Text(row, ManualColumns.Region);
        if (raw is not null)
        {
            if (RegionResolver.TryResolve(raw, out var code))
            {
                return (code, RegionSources.Published);
            }

            reasons.Add($"所属地区 '{raw}' is not a known division");
            return (null, RegionSources.Published);
        }

        if (uscc.IsValid && RegionResolver.FromUscc(uscc.Canonical!) is { } fromUscc)
        {
            return (fromUscc, RegionSources.Uscc);
        }

        reasons.Add("所属地区 is empty and no valid USCC to derive it from");
        return (null, RegionSources.Uscc);
    }

    /// <summary>A required division, as published: its name (沅陵县) or its 6-digit code (431222).</summary>
    public static string? ReadDivision(RawRecord row, string column, string label, List<string> reasons)
    {
        var raw = Text(row, column);
        if (raw is null)
        {
            reasons.Add($"{label} is empty");
            return null;
        }

        if (RegionResolver.TryResolve(raw, out var code))
        {
            return code;
        }

        reasons.Add($"{label} '{raw}' is not a known division");
        return null;
    }

    /// <summary>A required date in any form <see cref="DateParser"/> reads, within the years the templates allow.</summary>
    public static DateOnly? ReadDate(RawRecord row, string column, string label, List<string> reasons)
    {
        var raw = Text(row, column);
        if (raw is null)
        {
            reasons.Add($"{label} is empty");
            return null;
        }

        if (!DateParser.TryParse(raw, out var date))
        {
            reasons.Add($"{label} '{raw}' is not a date");
            return null;
        }

        // A bare year (2024) reads as an Excel serial day in 1905; the range catches it.
        if (date.Year is < MinYear or > MaxYear)
        {
            reasons.Add($"{label} '{raw}' is not a date between {MinYear} and {MaxYear}");
            return null;
        }

        return date;
    }

    /// <summary>
    /// An amount in <paramref name="unit"/> with at most <paramref name="maxDecimals"/> decimals as written, in exact yuan;
    /// null (with no reason) when the cell is empty and the amount is optional.
    /// </summary>
    public static decimal? ReadAmount(
        RawRecord row, string column, string label, AmountUnit unit, int maxDecimals, bool positive, List<string> reasons, bool required = true)
    {
        var raw = Text(row, column);
        if (raw is null)
        {
            if (required)
            {
                reasons.Add($"{label} is empty");
            }

            return null;
        }

        var amount = AmountParser.ParseYuan(raw, unit);
        if (!amount.IsSuccess)
        {
            reasons.Add($"{label} '{raw}' is not an amount: {amount.Error}");
            return null;
        }

        if (WrittenDecimals(raw) > maxDecimals)
        {
            reasons.Add($"{label} '{raw}' has more than {maxDecimals} decimals");
            return null;
        }

        if (positive ? amount.Yuan <= 0 : amount.Yuan < 0)
        {
            reasons.Add(positive ? $"{label} '{raw}' is not positive" : $"{label} '{raw}' is negative");
            return null;
        }

        return amount.Yuan;
    }

    public static RejectedRecord Reject(RawRecord row, IReadOnlyList<string> reasons) =>
        new(row.DocumentUrl, row.RowNumber, row.Fields, reasons);

    // Digits after the decimal point as written, trailing zeros aside (1.50 has one).
    private static int WrittenDecimals(string raw)
    {
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return 0;
        }

        var digits = raw.AsSpan(dot + 1);
        var length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        return digits[..length].TrimEnd('0').Length;
    }
}
