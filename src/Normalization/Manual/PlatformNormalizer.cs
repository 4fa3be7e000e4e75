using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// Platform rows (平台名称, 平台级别, 平台类型, 依托单位, 统一社会信用代码, 所属地区, 认定年度, 状态) to records,
/// keyed by platform name + host unit name.
/// </summary>
public static class PlatformNormalizer
{
    private static readonly Dictionary<string, string> LevelByLabel = new(StringComparer.Ordinal)
    {
        ["国家级"] = PlatformCodes.National,
        ["国家"] = PlatformCodes.National,
        ["省级"] = PlatformCodes.Provincial,
        ["省"] = PlatformCodes.Provincial,
        ["市级"] = PlatformCodes.Municipal,
        ["市"] = PlatformCodes.Municipal,
        ["市州级"] = PlatformCodes.Municipal,
    };

    private static readonly Dictionary<string, string> StatusByLabel = new(StringComparer.Ordinal)
    {
        ["有效"] = PlatformCodes.Valid,
        ["撤销"] = PlatformCodes.Revoked,
        ["已撤销"] = PlatformCodes.Revoked,
    };

    public static ManualNormalizationResult<PlatformRecord> Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = new List<PlatformRecord>();
        var rejects = new List<RejectedRecord>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var name = ManualFields.ReadName(row, ManualColumns.PlatformName, "平台名称", reasons);
            var level = ReadCode(row, ManualColumns.PlatformLevel, "平台级别", LevelByLabel, reasons);
            var type = TextCleaner.Clean(row[ManualColumns.PlatformType]);
            if (type.Length == 0)
            {
                reasons.Add("平台类型 is empty");
            }

            var host = ManualFields.ReadName(row, ManualColumns.HostName, "依托单位", reasons);
            var uscc = ManualFields.ReadUscc(row, reasons);
            var (region, regionSource) = ManualFields.ReadRegion(row, uscc, reasons);
            var year = ManualFields.ReadYear(row, ManualColumns.RecognizedYear, "认定年度", reasons);
            var status = ReadCode(row, ManualColumns.Status, "状态", StatusByLabel, reasons);
            var key = (EnterpriseNameNormalizer.MatchKey(row[ManualColumns.PlatformName]), EnterpriseNameNormalizer.MatchKey(row[ManualColumns.HostName]));
            if (reasons.Count == 0 && seen.TryGetValue(key, out var first))
            {
                reasons.Add($"duplicates row {first} (same 平台名称 and 依托单位)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(ManualFields.Reject(row, reasons));
                continue;
            }

            seen[key] = row.RowNumber;
            records.Add(new PlatformRecord
            {
                PlatformName = name,
                PlatformNameKey = key.Item1,
                Level = level!,
                PlatformType = type,
                HostName = host,
                HostNameKey = key.Item2,
                Uscc = uscc.IsValid ? uscc.Canonical : null,
                UsccPublished = uscc.Published,
                UsccQuality = uscc.QualityCode,
                RegionCode = region!,
                RegionSource = regionSource,
                RecognizedYear = year!.Value,
                Status = status!,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            });
        }

        return new ManualNormalizationResult<PlatformRecord>(records, rejects);
    }

    private static string? ReadCode(RawRecord row, string column, string label, Dictionary<string, string> codes, List<string> reasons)
    {
        var raw = ManualFields.Text(row, column);
        if (raw is null)
        {
            reasons.Add($"{label} is empty");
            return null;
        }

        if (codes.TryGetValue(raw.Replace(" ", string.Empty, StringComparison.Ordinal), out var code))
        {
            return code;
        }

        reasons.Add($"{label} '{raw}' is not one of {string.Join("/", codes.Keys)}");
        return null;
    }
}
