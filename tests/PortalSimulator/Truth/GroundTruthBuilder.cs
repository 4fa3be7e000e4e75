using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Truth;

/// <summary>Derives the expected warehouse content from the logical rows, mirroring the normalizer's rules.</summary>
internal static class GroundTruthBuilder
{
    public static GroundTruth Build(Province province, SimulatorOptions options, Uri baseUrl)
    {
        var hnte = province.Articles.Where(a => a.IsHnte).Reverse().ToList();
        var enterprises = new Dictionary<string, EnterpriseTruth>(StringComparer.Ordinal);
        var certificates = new List<CertificateTruth>();
        var rejects = new List<RejectTruth>();
        var proposed = 0;
        var revocations = 0;
        foreach (var article in hnte.Where(a => !a.LayoutChanged))
        {
            var documentUrl = new Uri(baseUrl, article.DocumentPath.TrimStart('/')).AbsoluteUri;
            foreach (var row in article.Rows.Where(r => !r.IsDuplicate))
            {
                if (row.RejectReason is { } reason)
                {
                    rejects.Add(new RejectTruth(documentUrl, row.RowNumber, reason));
                    continue;
                }

                var firm = row.Firm;
                if (row.UsccValid)
                {
                    // The warehouse's enterprise takes its latest publication's region; a revocation list names none, so
                    // its row's region comes from the USCC (a city-registered county firm then reads as the city).
                    var region = article.Kind == ArticleKind.Revoked
                        ? RegionResolver.FromUscc(firm.Uscc) ?? HunanDivisions.Province
                        : firm.RegionCode;
                    enterprises[firm.Uscc] = new EnterpriseTruth(firm.Uscc, firm.Name, region);
                }

                switch (article.Kind)
                {
                    case ArticleKind.Proposed:
                        proposed++;
                        break;
                    case ArticleKind.Recognized:
                        var certificate = row.Certificate!;
                        certificates.Add(new CertificateTruth(
                            certificate.Number,
                            row.UsccValid ? firm.Uscc : null,
                            firm.Name,
                            firm.RegionCode,
                            certificate.IssueDate,
                            certificate.ValidTo,
                            certificate.RevokedOn <= options.AsOf ? certificate.RevokedFrom : null));
                        break;
                    default:
                        revocations++;
                        break;
                }
            }
        }

        var layoutChanged = hnte.FirstOrDefault(a => a.LayoutChanged);
        var hnteTruth = new HnteTruth
        {
            Enterprises = [.. enterprises.Values.OrderBy(e => e.Uscc, StringComparer.Ordinal)],
            Certificates = certificates,
            ProposedCount = proposed,
            RevocationCount = revocations,
            Rejects = rejects,
            ValidCounts = ValidCounts(certificates, options.AsOf),
            ArticleCount = hnte.Count,
            DocumentCount = hnte.Count + hnte.Count(a => a.AttachmentPath is not null),
            LayoutChangedUrl = layoutChanged is null ? null : new Uri(baseUrl, layoutChanged.DocumentPath.TrimStart('/')).AbsoluteUri,
        };
        return new GroundTruth(options.Seed, options.Scale, options.AsOf, hnteTruth)
        {
            Sources = new Dictionary<string, object> { [TechSmeTruth.SourceId] = TechSmeTruthBuilder.Build(province, baseUrl) },
        };
    }

    private static List<ValidCountTruth> ValidCounts(List<CertificateTruth> certificates, DateOnly asOf)
    {
        var dates = Enumerable.Range(2019, Math.Max(0, asOf.Year - 2019))
            .Select(y => new DateOnly(y, 12, 31))
            .Append(asOf)
            .Distinct()
            .ToList();
        var result = new List<ValidCountTruth>(dates.Count * HunanDivisions.All.Count);
        foreach (var date in dates)
        {
            var counts = HunanDivisions.All.ToDictionary(d => d.Code, _ => 0, StringComparer.Ordinal);
            foreach (var certificate in certificates.Where(c => c.IsValidOn(date)))
            {
                for (var division = HunanDivisions.Find(certificate.RegionCode); division is not null;
                     division = division.ParentCode is null ? null : HunanDivisions.Find(division.ParentCode))
                {
                    counts[division.Code]++;
                }
            }

            result.AddRange(HunanDivisions.All.Select(d => new ValidCountTruth(date, d.Code, counts[d.Code])));
        }

        return result;
    }
}
