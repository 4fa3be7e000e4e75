using System.Globalization;
using YuanlingTech.Normalization.Amounts;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;

namespace YuanlingTech.Normalization.Manual;

/// <summary>Targets import rows (年度, 地区代码, 指标, 方式, 值, 基准年度) to records, keyed by year + region + metric.</summary>
public static class TargetImportNormalizer
{
    public const string Absolute = "absolute";
    public const string Growth = "growth";

    /// <summary>Every kind an imported target can have; the check constraint of <c>warehouse.target_import</c> is built from it.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Absolute, Growth];

    private static readonly Dictionary<string, string> KindByLabel = new(StringComparer.OrdinalIgnoreCase)
    {
        [Absolute] = Absolute,
        ["绝对值"] = Absolute,
        [Growth] = Growth,
        ["增长"] = Growth,
        ["增幅"] = Growth,
    };

    public static ManualNormalizationResult<TargetImportRecord> Normalize(IEnumerable<RawRecord> rows, TargetMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metrics);
        var records = new List<TargetImportRecord>();
        var rejects = new List<RejectedRecord>();
        var seen = new Dictionary<(int, string, string), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var year = ManualFields.ReadYear(row, ManualColumns.Year, "年度", reasons);
            var region = ReadRegion(row, reasons);
            var metric = ManualFields.Text(row, ManualColumns.Metric);
            if (metric is null)
            {
                reasons.Add("指标 is empty");
            }
            else if (!metrics.Contains(metric))
            {
                reasons.Add($"指标 '{metric}' is not a known metric ({string.Join(", ", metrics.All)})");
            }

            var kindText = ManualFields.Text(row, ManualColumns.Kind);
            string? kind = null;
            if (kindText is null || !KindByLabel.TryGetValue(kindText, out kind))
            {
                reasons.Add(kindText is null ? "方式 is empty" : $"方式 '{kindText}' is not absolute or growth");
            }

            var value = ReadValue(row, kind, metric is not null && metrics.Amounts.Contains(metric), reasons);
            var baseYear = ManualFields.ReadYear(row, ManualColumns.BaseYear, "基准年度", reasons, required: kind == Growth);
            if (kind == Growth && baseYear is { } b && year is { } y1 && b >= y1)
            {
                reasons.Add($"基准年度 {b} is not before 年度 {y1}");
            }
            else if (kind == Absolute && baseYear is not null)
            {
                reasons.Add("基准年度 is only for growth targets");
            }

            if (reasons.Count == 0 && seen.TryGetValue((year!.Value, region!, metric!), out var first))
            {
                reasons.Add($"duplicates row {first} (same 年度, 地区代码 and 指标)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(ManualFields.Reject(row, reasons));
                continue;
            }

            seen[(year!.Value, region!, metric!)] = row.RowNumber;
            records.Add(new TargetImportRecord
            {
                Year = year.Value,
                RegionCode = region!,
                Metric = metric!,
                Kind = kind!,
                Value = value!.Value,
                BaseYear = baseYear,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            });
        }

        return new ManualNormalizationResult<TargetImportRecord>(records, rejects);
    }

    private static string? ReadRegion(RawRecord row, List<string> reasons)
    {
        var raw = ManualFields.Text(row, ManualColumns.RegionCode);
        if (raw is null)
        {
            reasons.Add("地区代码 is empty");
            return null;
        }

        if (RegionResolver.TryResolve(raw, out var code))
        {
            return code;
        }

        reasons.Add($"地区代码 '{raw}' is not a known division");
        return null;
    }

    private static decimal? ReadValue(RawRecord row, string? kind, bool isAmount, List<string> reasons)
    {
        var raw = ManualFields.Text(row, ManualColumns.Value);
        if (raw is null)
        {
            reasons.Add("值 is empty");
            return null;
        }

        if (kind == Absolute && isAmount)
        {
            var amount = AmountParser.ParseYuan(raw, AmountUnit.Yuan);
            if (amount.IsSuccess && amount.Yuan >= 0)
            {
                return amount.Yuan;
            }

            reasons.Add($"值 '{raw}' is not a non-negative amount");
            return null;
        }

        var number = raw.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%', '％').Trim();
        if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && (kind == Growth || value >= 0))
        {
            return value;
        }

        reasons.Add($"值 '{raw}' is not a number");
        return null;
    }
}
