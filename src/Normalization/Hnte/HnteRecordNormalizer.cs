using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>
/// The normalize stage for HNTE lists. The portal simulator computes its ground truth with the same
/// rules, so any change here must be made there too.
/// </summary>
public static class HnteRecordNormalizer
{
    public static HnteNormalizationResult Normalize(IEnumerable<RawRecord> rows, HnteListContext context)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);

        var records = new List<CertificationRecord>();
        var rejects = new List<RejectedRecord>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var outcome = HnteRowNormalizer.Normalize(row, context);
            if (outcome.Record is { } record)
            {
                // A list that repeats a row (or a firm) yields one fact; the repeat is not an error.
                if (seenKeys.Add(record.NaturalKey))
                {
                    records.Add(record);
                }
            }
            else
            {
                rejects.Add(new RejectedRecord(row.DocumentUrl, row.RowNumber, row.Fields, outcome.Reasons));
            }
        }

        return new HnteNormalizationResult(records, rejects);
    }
}
