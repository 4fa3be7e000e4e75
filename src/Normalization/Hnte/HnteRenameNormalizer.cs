using YuanlingTech.Normalization.Codes;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>The normalize stage for national rename lists; every problem with a row is reported.</summary>
public static class HnteRenameNormalizer
{
    public static HnteRenameResult Normalize(IEnumerable<RawRecord> rows, DateOnly publishedOn)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var records = new List<HnteRenameRecord>();
        var rejects = new List<RejectedRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var oldName = EnterpriseNameNormalizer.Clean(row[HnteRenameColumns.OldName]);
            var newName = EnterpriseNameNormalizer.Clean(row[HnteRenameColumns.NewName]);
            if (oldName.Length == 0)
            {
                reasons.Add("原企业名称 is empty");
            }

            if (newName.Length == 0)
            {
                reasons.Add("现企业名称 is empty");
            }

            TextBounds.Check(oldName, TextBounds.Name, "原企业名称", reasons);
            TextBounds.Check(newName, TextBounds.Name, "现企业名称", reasons);

            if (oldName.Length > 0 && newName.Length > 0
                && EnterpriseNameNormalizer.MatchKey(oldName) == EnterpriseNameNormalizer.MatchKey(newName))
            {
                reasons.Add($"现企业名称 '{newName}' is the same name as 原企业名称");
            }

            var rawNo = row[RawColumns.CertificateNo];
            string? certificateNo = null;
            if (TextCleaner.Clean(rawNo).Length == 0)
            {
                reasons.Add("证书编号 is missing");
            }
            else if (!HnteCertificateNumber.TryNormalize(rawNo, out certificateNo))
            {
                reasons.Add($"证书编号 '{rawNo!.Trim()}' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)");
            }

            if (reasons.Count > 0)
            {
                rejects.Add(new RejectedRecord(row.DocumentUrl, row.RowNumber, row.Fields, reasons));
                continue;
            }

            var record = new HnteRenameRecord
            {
                CertificateNo = certificateNo!,
                OldName = oldName,
                NewName = newName,
                NewNameKey = EnterpriseNameNormalizer.MatchKey(newName),
                PublishedOn = publishedOn,
                DocumentUrl = row.DocumentUrl,
                RowNumber = row.RowNumber,
            };
            if (seen.Add(record.CertificateNo + "|" + record.NewNameKey))
            {
                records.Add(record);
            }
        }

        return new HnteRenameResult(records, rejects);
    }
}
