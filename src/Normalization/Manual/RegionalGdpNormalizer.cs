using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// Regional GDP rows (年度, 地区, 地区生产总值（亿元）) to records, keyed by year + division. The value is in 亿元 with at most
/// 6 decimals (100 元), so it is exact in yuan.
/// </summary>
public static class RegionalGdpNormalizer
{
    public const int MaxDecimals = 6;

    public static ManualNormalizationResult<RegionalGdpRecord> Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = new List<RegionalGdpRecord>();
        var rejects = new List<RejectedRecord>();
        var seen = new Dictionary<(int, string), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var year = ManualFields.ReadYear(row, ManualColumns.Year, "年度", reasons);
            var region = ManualFields.ReadDivision(row, ManualColumns.Region, "地区", reasons);
            var gdp = ManualFields.ReadAmount(row, ManualColumns.GdpYi, "地区生产总值（亿元）", AmountUnit.YiYuan, MaxDecimals, positive: true, reasons);
            if (reasons.Count == 0 && seen.TryGetValue((year!.Value, region!), out var first))
            {
                reasons.Add($"duplicates row {first} (same 年度 and 地区)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(ManualFields.Reject(row, reasons));
                continue;
            }

            seen[(year!.Value, region!)] = row.RowNumber;
            records.Add(new RegionalGdpRecord
            {
                Year = year.Value,
                RegionCode = region!,
                GdpYuan = gdp!.Value,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            });
        }

        return new ManualNormalizationResult<RegionalGdpRecord>(records, rejects);
    }
}
