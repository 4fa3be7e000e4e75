using System.Globalization;
using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Dates;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Loans;

/// <summary>Reads one loan field, adding a reason to the list when the value is unusable.</summary>
internal static class LoanValueReader
{
    public static string? Optional(string? raw) => TextCleaner.Clean(raw) is { Length: > 0 } text ? text : null;

    public static (string? Code, string Source) Region(string? raw, UsccResult uscc, List<string> reasons)
    {
        if (TextCleaner.Clean(raw).Length > 0)
        {
            if (RegionResolver.TryResolve(raw, out var code))
            {
                return (code, RegionSources.Published);
            }

            reasons.Add($"county (所属区县) '{raw!.Trim()}' is not a known division");
            return (null, RegionSources.Published);
        }

        if (uscc.IsValid && RegionResolver.FromUscc(uscc.Canonical!) is { } fromUscc)
        {
            return (fromUscc, RegionSources.Uscc);
        }

        reasons.Add("county (所属区县) is missing and no valid USCC to derive it from");
        return (null, RegionSources.Uscc);
    }

    public static decimal? Amount(string? raw, string label, bool required, List<string> reasons)
    {
        if (TextCleaner.Clean(raw).Length == 0)
        {
            if (required)
            {
                reasons.Add($"{label} is missing");
            }

            return null;
        }

        var result = AmountParser.ParseYuan(raw, AmountUnit.Yuan);
        if (!result.IsSuccess)
        {
            reasons.Add($"{label}: {result.Error}");
            return null;
        }

        if (result.Yuan < 0 || (required && result.Yuan == 0))
        {
            reasons.Add($"{label} {result.Yuan} is not positive");
            return null;
        }

        return result.Yuan;
    }

    public static DateOnly? Date(string? raw, string label, bool required, List<string> reasons) =>
        DateField.Read(raw, label, required, reasons);

    public static decimal? Number(string? raw, string label, bool percent, List<string> reasons)
    {
        var text = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }

        var isPercent = percent && text.EndsWith('%');
        if (decimal.TryParse(isPercent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return isPercent ? number / 100m : number;
        }

        reasons.Add($"{label} '{text}' is not a number");
        return null;
    }

    public static DateTimeOffset? Timestamp(string? raw, List<string> reasons)
    {
        if (TextCleaner.Clean(raw).Length == 0)
        {
            reasons.Add("update time (更新时间) is missing");
            return null;
        }

        if (LoanTimestamp.TryParse(raw, out var utc))
        {
            return utc;
        }

        reasons.Add($"update time (更新时间) '{TextCleaner.Clean(raw)}' is not a timestamp");
        return null;
    }
}
