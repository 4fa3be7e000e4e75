using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Codes;
using YuanlingTech.Normalization.Dates;
using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Text;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>One HNTE list row to one record; every problem with the row is reported, not just the first.</summary>
internal static partial class HnteRowNormalizer
{
    private const string NameLabel = "企业名称";
    private const string CertificateLabel = "证书编号";
    private const string IssueDateLabel = "发证日期";
    private const string RegionLabel = "所属地区";
    private const int ValidityYears = 3;

    public static HnteRowOutcome Normalize(RawRecord row, HnteListContext context)
    {
        var reasons = new List<string>();
        var rawName = row[RawColumns.EnterpriseName];
        var name = EnterpriseNameNormalizer.Clean(rawName);
        if (name.Length == 0)
        {
            reasons.Add($"{NameLabel} is empty");
        }

        TextBounds.Check(name, TextBounds.Name, NameLabel, reasons);

        var uscc = UsccNormalizer.Normalize(row[RawColumns.Uscc]);
        var certificateNo = ReadCertificateNo(row, context.Kind, reasons);
        var issueDate = context.Kind == HnteListKind.Recognized ? ReadIssueDate(row, reasons) : null;
        var (region, regionSource) = ReadRegion(row, uscc, context.Kind, reasons);
        if (reasons.Count > 0)
        {
            return new HnteRowOutcome(null, reasons);
        }

        var revokedFrom = context.Kind == HnteListKind.Revoked ? ReadRevokedFrom(row, context) : (DateOnly?)null;
        var record = new CertificationRecord
        {
            NaturalKey = string.Empty,
            Kind = CertificationCodes.Hnte,
            Status = StatusOf(context.Kind),
            CertificateNo = certificateNo,
            Uscc = uscc.IsValid ? uscc.Canonical : null,
            UsccPublished = uscc.Published,
            UsccQuality = uscc.QualityCode,
            EnterpriseName = name,
            NameKey = EnterpriseNameNormalizer.MatchKey(rawName),
            RegionCode = region!,
            RegionSource = regionSource,
            BatchYear = context.BatchYear,
            BatchNo = context.BatchNo,
            IssueDate = issueDate,
            ValidFrom = issueDate,
            ValidTo = issueDate?.AddYears(ValidityYears).AddDays(-1),
            RevokedFrom = revokedFrom,
            RevocationReason = context.Kind == HnteListKind.Revoked ? NullIfEmpty(TextCleaner.Clean(row[RawColumns.RevocationReason])) : null,
            PublishedOn = context.PublishedOn,
            DocumentUrl = row.DocumentUrl,
            RowNumber = row.RowNumber,
        };
        return new HnteRowOutcome(record with { NaturalKey = NaturalKeyOf(record, context) }, []);
    }

    private static string? ReadCertificateNo(RawRecord row, HnteListKind kind, List<string> reasons)
    {
        if (kind == HnteListKind.Proposed)
        {
            return null;
        }

        var raw = row[RawColumns.CertificateNo];
        if (TextCleaner.Clean(raw).Length == 0)
        {
            if (kind == HnteListKind.Recognized)
            {
                reasons.Add($"{CertificateLabel} is missing");
            }

            return null;
        }

        if (HnteCertificateNumber.TryNormalize(raw, out var canonical))
        {
            return canonical;
        }

        reasons.Add($"{CertificateLabel} '{raw!.Trim()}' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)");
        return null;
    }

    private static DateOnly? ReadIssueDate(RawRecord row, List<string> reasons)
    {
        var raw = row[RawColumns.IssueDate];
        if (TextCleaner.Clean(raw).Length == 0)
        {
            reasons.Add($"{IssueDateLabel} is missing");
            return null;
        }

        if (!DateParser.TryParse(raw, out var date))
        {
            reasons.Add($"{IssueDateLabel} '{raw!.Trim()}' is not a date");
            return null;
        }

        if (date.Year > DateOnly.MaxValue.Year - ValidityYears)
        {
            reasons.Add($"{IssueDateLabel} '{raw!.Trim()}' is too late for a {ValidityYears}-year validity");
            return null;
        }

        return date;
    }

    private static (string? Code, string Source) ReadRegion(RawRecord row, UsccResult uscc, HnteListKind kind, List<string> reasons)
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

        var fromUscc = uscc.IsValid ? RegionResolver.FromUscc(uscc.Canonical!) : null;
        if (fromUscc is not null)
        {
            return (fromUscc, RegionSources.Uscc);
        }

        if (kind == HnteListKind.Revoked)
        {
            // Revocation lists name no region; the certificate number identifies the firm, and the list is provincial.
            return (HunanDivisions.Province, RegionSources.Province);
        }

        reasons.Add(uscc.IsValid
            ? $"{RegionLabel} is missing and USCC '{uscc.Canonical}' does not name a known division"
            : $"{RegionLabel} is missing and no valid USCC to derive it from");
        return (null, RegionSources.Uscc);
    }

    private static DateOnly ReadRevokedFrom(RawRecord row, HnteListContext context)
    {
        var match = RevocationYearPattern().Match(TextCleaner.Clean(row[RawColumns.RevocationYear]));
        return match.Success
            ? new DateOnly(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), 1, 1)
            : context.PublishedOn;
    }

    private static string NaturalKeyOf(CertificationRecord record, HnteListContext context)
    {
        var enterprise = record.Uscc ?? $"name:{record.NameKey}@{record.RegionCode}";
        return context.Kind switch
        {
            HnteListKind.Recognized => record.CertificateNo!,
            HnteListKind.Proposed => $"hnte:proposed:{context.BatchYear}-{context.BatchNo ?? 0}:{enterprise}",
            _ => string.Create(CultureInfo.InvariantCulture, $"hnte:revoked:{record.CertificateNo ?? enterprise}:{record.RevokedFrom:yyyy-MM-dd}"),
        };
    }

    private static string StatusOf(HnteListKind kind) => kind switch
    {
        HnteListKind.Proposed => CertificationCodes.Proposed,
        HnteListKind.Recognized => CertificationCodes.Recognized,
        _ => CertificationCodes.Revoked,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex("^(?<y>[12][0-9]{3})\\s*年?\\s*度?$", RegexOptions.CultureInvariant)]
    private static partial Regex RevocationYearPattern();
}
