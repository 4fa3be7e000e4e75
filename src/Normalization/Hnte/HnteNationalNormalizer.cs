using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>
/// The normalize stage for national filing (备案) lists: the provincial recognized-list rules, except that
/// a row without 所属地区 belongs to the province the list is published for (national lists carry no USCC).
/// </summary>
public static class HnteNationalNormalizer
{
    public static (IReadOnlyList<HnteNationalFiling> Filings, IReadOnlyList<RejectedRecord> Rejects) Normalize(
        IEnumerable<RawRecord> rows, HnteListContext context, string provinceCode = HunanDivisions.Province)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);

        var originals = new Dictionary<(string, int), RawRecord>();
        var provinceFilled = new HashSet<(string, int)>();
        var filled = new List<RawRecord>();
        foreach (var row in rows)
        {
            originals[(row.DocumentUrl, row.RowNumber)] = row;
            if (TextCleaner.Clean(row[RawColumns.Region]).Length > 0 || TextCleaner.Clean(row[RawColumns.Uscc]).Length > 0)
            {
                filled.Add(row);
                continue;
            }

            provinceFilled.Add((row.DocumentUrl, row.RowNumber));
            filled.Add(row with { Fields = new Dictionary<string, string?>(row.Fields, StringComparer.Ordinal) { [RawColumns.Region] = provinceCode } });
        }

        var result = HnteRecordNormalizer.Normalize(filled, context with { Kind = HnteListKind.Recognized });
        var rejects = result.Rejects
            .Select(r => r with { RawValues = originals.TryGetValue((r.DocumentUrl, r.RowNumber), out var raw) ? raw.Fields : r.RawValues })
            .ToList();
        var filings = result.Records
            .Select(r => new HnteNationalFiling(provinceFilled.Contains((r.DocumentUrl, r.RowNumber)) ? r with { RegionSource = RegionSources.Province } : r))
            .ToList();
        return (filings, rejects);
    }
}
