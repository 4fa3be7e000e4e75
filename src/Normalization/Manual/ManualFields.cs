using System.Globalization;
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

    public static RejectedRecord Reject(RawRecord row, IReadOnlyList<string> reasons) =>
        new(row.DocumentUrl, row.RowNumber, row.Fields, reasons);
}
