using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Loans;

/// <summary>The normalize stage for loan records, from the API or the xlsx export alike.</summary>
public static class LoanRecordNormalizer
{
    /// <summary>Normalizes a batch; when a loan appears twice, its latest version (by updatedAt) is kept.</summary>
    public static LoanNormalizationResult Normalize(IEnumerable<RawRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var latest = new Dictionary<string, LoanRecord>(StringComparer.Ordinal);
        var rejects = new List<RejectedRecord>();
        foreach (var row in rows)
        {
            var (record, reasons) = LoanRowNormalizer.Normalize(row);
            if (record is null)
            {
                rejects.Add(new RejectedRecord(row.DocumentUrl, row.RowNumber, row.Fields, reasons));
            }
            else if (!latest.TryGetValue(record.LoanNo, out var known) || record.UpdatedAt >= known.UpdatedAt)
            {
                latest[record.LoanNo] = record;
            }
        }

        return new LoanNormalizationResult(latest.Values.OrderBy(r => r.RowNumber).ToList(), rejects);
    }
}
