using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Truth;

/// <summary>
/// The expected tech-SME warehouse: per batch, the rows of its latest published list (公示, then 公布, then any
/// correction) define the batch; a published removal turns the firm's row of that year to revoked.
/// </summary>
internal static class TechSmeTruthBuilder
{
    public static TechSmeTruth Build(Province province, Uri baseUrl)
    {
        var articles = province.Articles.Where(a => a.IsTechSme).Reverse().ToList();
        var latest = new Dictionary<(int Year, int No), Article>();
        var removed = new Dictionary<(Enterprise Firm, int Year), DateOnly>();
        var rejects = new List<RejectTruth>();
        foreach (var article in articles)
        {
            var documentUrl = new Uri(baseUrl, article.DocumentPath.TrimStart('/')).AbsoluteUri;
            rejects.AddRange(article.TechSmeRows
                .Where(r => !r.IsDuplicate && r.RejectReason is not null)
                .Select(r => new RejectTruth(documentUrl, r.RowNumber, r.RejectReason!)));
            if (article.Kind == ArticleKind.TechSmeRemoved)
            {
                foreach (var row in article.TechSmeRows.Where(r => r.RejectReason is null))
                {
                    removed.TryAdd((row.Firm, row.Batch!.Year), article.PublishedOn);
                }
            }
            else
            {
                latest[(article.BatchYear, article.BatchNo)] = article;
            }
        }

        var records = new List<TechSmeRecordTruth>();
        foreach (var ((year, no), article) in latest)
        {
            foreach (var row in article.TechSmeRows.Where(r => !r.IsDuplicate && r.RejectReason is null))
            {
                var revokedFrom = removed.TryGetValue((row.Firm, year), out var day) ? day : (DateOnly?)null;
                var status = revokedFrom is not null ? "revoked"
                    : article.Kind == ArticleKind.TechSmeProposed ? "proposed"
                    : "recognized";
                records.Add(new TechSmeRecordTruth(
                    year, row.UsccValid ? row.Firm.Uscc : null, row.Firm.Name, row.RegionCode, row.RegistrationNo, no, status, article.PublishedOn, revokedFrom));
            }
        }

        return new TechSmeTruth
        {
            Records = [.. records.OrderBy(r => r.Year).ThenBy(r => r.BatchNo).ThenBy(r => r.RegistrationNo, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)],
            RegisteredCounts = Counts(records),
            Rejects = rejects,
            ArticleCount = articles.Count,
            DocumentCount = articles.Count + articles.Count(a => a.AttachmentPath is not null),
        };
    }

    private static List<TechSmeCountTruth> Counts(List<TechSmeRecordTruth> records)
    {
        var result = new List<TechSmeCountTruth>();
        foreach (var year in records.Select(r => r.Year).Distinct().Order())
        {
            var counts = HunanDivisions.All.ToDictionary(d => d.Code, _ => 0, StringComparer.Ordinal);
            foreach (var record in records.Where(r => r.Year == year && r.Status == "recognized"))
            {
                for (var division = HunanDivisions.Find(record.RegionCode); division is not null;
                     division = division.ParentCode is null ? null : HunanDivisions.Find(division.ParentCode))
                {
                    counts[division.Code]++;
                }
            }

            result.AddRange(HunanDivisions.All.Select(d => new TechSmeCountTruth(year, d.Code, counts[d.Code])));
        }

        return result;
    }
}
