using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Manual;

/// <summary>
/// R&amp;D spending rows (企业名称, 统一社会信用代码, 所属地区, 年度, 研发经费支出（万元）) to records. The portal
/// simulator computes its ground truth with the same rules.
/// </summary>
public static class RdSpendingNormalizer
{
    public static ManualNormalizationResult<RdSpendingRecord> Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var records = new List<RdSpendingRecord>();
        var rejects = new List<Records.RejectedRecord>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var name = ManualFields.ReadName(row, ManualColumns.EnterpriseName, "企业名称", reasons);
            var uscc = ManualFields.ReadUscc(row, reasons);
            var (region, regionSource) = ManualFields.ReadRegion(row, uscc, reasons);
            var year = ManualFields.ReadYear(row, ManualColumns.Year, "年度", reasons);
            var amount = ReadAmount(row, reasons);
            var nameKey = EnterpriseNameNormalizer.MatchKey(row[ManualColumns.EnterpriseName]);
            var enterpriseKey = uscc.IsValid ? uscc.Canonical! : $"name:{nameKey}@{region}";
            if (year is { } y && reasons.Count == 0 && seen.TryGetValue((enterpriseKey, y), out var first))
            {
                reasons.Add($"duplicates row {first} (same enterprise and 年度)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(ManualFields.Reject(row, reasons));
                continue;
            }

            seen[(enterpriseKey, year!.Value)] = row.RowNumber;
            records.Add(new RdSpendingRecord
            {
                EnterpriseKey = enterpriseKey,
                Year = year.Value,
                Uscc = uscc.IsValid ? uscc.Canonical : null,
                UsccPublished = uscc.Published,
                UsccQuality = uscc.QualityCode,
                EnterpriseName = name,
                NameKey = nameKey,
                RegionCode = region!,
                RegionSource = regionSource,
                AmountYuan = amount!.Value,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            });
        }

        return new ManualNormalizationResult<RdSpendingRecord>(records, rejects);
    }

    private static decimal? ReadAmount(RawRecord row, List<string> reasons)
    {
        var raw = ManualFields.Text(row, ManualColumns.RdAmountWan);
        if (raw is null)
        {
            reasons.Add("研发经费支出（万元） is empty");
            return null;
        }

        var amount = AmountParser.ParseYuan(raw, AmountUnit.WanYuan);
        if (!amount.IsSuccess)
        {
            reasons.Add($"研发经费支出（万元） '{raw}' is not an amount: {amount.Error}");
            return null;
        }

        if (amount.Yuan < 0)
        {
            reasons.Add($"研发经费支出（万元） '{raw}' is negative");
            return null;
        }

        if (decimal.Round(amount.Yuan!.Value, 2) != amount.Yuan)
        {
            reasons.Add($"研发经费支出（万元） '{raw}' is finer than a fen");
            return null;
        }

        return amount.Yuan;
    }
}
