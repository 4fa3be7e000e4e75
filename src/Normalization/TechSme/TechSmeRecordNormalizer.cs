using System.Globalization;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.TechSme;

/// <summary>
/// The normalize stage for tech-SME lists: one <see cref="CertificationRecord"/> (Kind <c>techsme</c>) per
/// enterprise × 入库 year, keyed <c>techsme:{year}:{USCC, else no:入库登记编号, else name:NameKey@region}</c>: the
/// registration number names one registration (one firm, one year), so a row that lacks the USCC is still that firm's
/// registration, and the loader folds it into the row of the same number that has the USCC. The portal simulator
/// computes its ground truth with the same rules, so any change here must be made there too.
/// </summary>
public static class TechSmeRecordNormalizer
{
    public const string Kind = CertificationCodes.TechSme;

    private const string NameLabel = "企业名称";
    private const string NumberLabel = "入库登记编号";
    private const string RegionLabel = "所属地区";

    public static TechSmeNormalizationResult Normalize(IEnumerable<RawRecord> rows, TechSmeListContext context)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);

        var records = new List<CertificationRecord>();
        var rejects = new List<RejectedRecord>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            var record = Normalize(row, context, reasons);
            if (record is null)
            {
                rejects.Add(new RejectedRecord(row.DocumentUrl, row.RowNumber, row.Fields, reasons));
            }
            else if (seenKeys.Add(record.NaturalKey))
            {
                // A list that repeats a row (or a firm) yields one fact; the repeat is not an error.
                records.Add(record);
            }
        }

        return new TechSmeNormalizationResult(records, rejects);
    }

    public static string StatusOf(TechSmeListKind kind) => kind switch
    {
        TechSmeListKind.Proposed => CertificationCodes.Proposed,
        TechSmeListKind.Removed => CertificationCodes.Revoked,
        _ => CertificationCodes.Recognized,
    };

    private static CertificationRecord? Normalize(RawRecord row, TechSmeListContext context, List<string> reasons)
    {
        var rawName = row[RawColumns.EnterpriseName];
        var name = EnterpriseNameNormalizer.Clean(rawName);
        if (name.Length == 0)
        {
            reasons.Add($"{NameLabel} is empty");
        }

        TextBounds.Check(name, TextBounds.Name, NameLabel, reasons);

        var uscc = UsccNormalizer.Normalize(row[RawColumns.Uscc]);
        var number = ReadNumber(row, context, reasons);
        var (region, regionSource) = ReadRegion(row, uscc, number, reasons);
        if (reasons.Count > 0)
        {
            return null;
        }

        var removed = context.Kind == TechSmeListKind.Removed;
        var year = number is null ? context.BatchYear : TechSmeRegistrationNumber.YearOf(number);
        var nameKey = EnterpriseNameNormalizer.MatchKey(rawName);
        var canonicalUscc = uscc.IsValid ? uscc.Canonical : null;
        return new CertificationRecord
        {
            NaturalKey = string.Create(CultureInfo.InvariantCulture, $"techsme:{year}:{canonicalUscc ?? (number is null ? $"name:{nameKey}@{region}" : $"no:{number}")}"),
            Kind = Kind,
            Status = StatusOf(context.Kind),
            CertificateNo = number,
            Uscc = canonicalUscc,
            UsccPublished = uscc.Published,
            UsccQuality = uscc.QualityCode,
            EnterpriseName = name,
            NameKey = nameKey,
            RegionCode = region!,
            RegionSource = regionSource,
            BatchYear = year,
            BatchNo = removed ? null : context.BatchNo,
            ValidFrom = removed ? null : context.PublishedOn,
            ValidTo = new DateOnly(year, 12, 31),
            RevokedFrom = removed ? context.PublishedOn : null,
            RevocationReason = removed ? NullIfEmpty(TextCleaner.Clean(row[RawColumns.RevocationReason])) : null,
            PublishedOn = context.PublishedOn,
            DocumentUrl = row.DocumentUrl,
            RowNumber = row.RowNumber,
        };
    }

    private static string? ReadNumber(RawRecord row, TechSmeListContext context, List<string> reasons)
    {
        var raw = row[RawColumns.CertificateNo];
        if (TextCleaner.Clean(raw).Length == 0)
        {
            if (context.Kind != TechSmeListKind.Proposed)
            {
                reasons.Add($"{NumberLabel} is missing");
            }

            return null;
        }

        if (TechSmeRegistrationNumber.TryNormalize(raw, out var canonical))
        {
            return canonical;
        }

        reasons.Add($"{NumberLabel} '{raw!.Trim()}' is not a valid registration number (4-digit year + 6-digit division + 0/A/B + 7 digits)");
        return null;
    }

    private static (string? Code, string Source) ReadRegion(RawRecord row, UsccResult uscc, string? number, List<string> reasons)
    {
        var raw = row[RawColumns.Region];
        if (TextCleaner.Clean(raw).Length > 0)
        {
            if (RegionResolver.TryResolve(raw, out var code))
            {
                return (code, RegionSources.Published);
            }

            reasons.Add($"{RegionLabel} '{raw!.Trim()}' is not a known division");
            return (null, RegionSources.Published);
        }

        // The registration number carries the division the firm registered in; the USCC only its registering authority.
        if (number is not null && RegionResolver.FromUscc("00" + TechSmeRegistrationNumber.DivisionOf(number) + "0000000000") is { } fromNumber)
        {
            return (fromNumber, RegionSources.RegistrationNumber);
        }

        if (uscc.IsValid && RegionResolver.FromUscc(uscc.Canonical!) is { } fromUscc)
        {
            return (fromUscc, RegionSources.Uscc);
        }

        reasons.Add($"{RegionLabel} is missing and neither the registration number nor a valid USCC names a known division");
        return (null, RegionSources.Uscc);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
