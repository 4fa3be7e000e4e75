using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>
/// The normalize stage for technology-market result tables. The portal simulator decides its ground
/// truth with the same rules, so a change here must be made there too.
/// </summary>
public static class TechContractNormalizer
{
    public static TechContractNormalizationResult Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var records = new List<TechContractRecord>();
        var rejects = new List<RejectedRecord>();
        var firstRow = new Dictionary<string, RawRecord>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var record = TechContractRowNormalizer.Normalize(row, reasons);
            if (record is not null && firstRow.TryGetValue(record.RegistrationNo, out var first))
            {
                reasons.Add($"登记编号 {record.RegistrationNo} is repeated (first at {first.DocumentUrl} row {first.RowNumber})");
                record = null;
            }

            if (record is null)
            {
                rejects.Add(new RejectedRecord(row.DocumentUrl, row.RowNumber, row.Fields, reasons));
                continue;
            }

            firstRow[record.RegistrationNo] = row;
            records.Add(record);
        }

        return new TechContractNormalizationResult(records, rejects);
    }
}
