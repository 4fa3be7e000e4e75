using System.Globalization;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// Two rename announcements a year (June, November): ~2 % of the firms holding a valid certificate whose
/// recognized row carried a valid USCC take a new name. Each choice depends only on lists published before
/// it, so advancing the clock never changes an earlier announcement.
/// </summary>
internal static class NationalRenames
{
    private static readonly string[] Ordinals = ["一", "二"];

    public static IEnumerable<(NationalAnnouncement Announcement, IReadOnlyList<HnteRenameTruth> Renames)> Plan(
        IReadOnlyList<Article> articles, DateOnly asOf, int seed)
    {
        var renamed = new HashSet<Enterprise>();
        for (var year = 2019; year <= asOf.Year; year++)
        {
            for (var n = 0; n < Ordinals.Length; n++)
            {
                var publishedAt = new DateTime(year, n == 0 ? 6 : 11, 21, 15, 30, 0);
                var day = DateOnly.FromDateTime(publishedAt);
                if (day > asOf)
                {
                    yield break;
                }

                var random = new Random(seed + (year * 10) + n);
                var published = articles.Where(a => a.PublishedOn <= day && !a.LayoutChanged).ToList();
                var candidates = Candidates(published, day).Where(c => !renamed.Contains(c.Firm)).ToList();
                var count = (int)Math.Round(candidates.Count * 0.02);
                if (count == 0)
                {
                    continue;
                }

                var chosen = candidates.OrderBy(_ => random.Next()).Take(count).OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
                var truths = new List<HnteRenameTruth>();
                var rows = new List<IReadOnlyList<string>>();
                foreach (var certificate in chosen)
                {
                    renamed.Add(certificate.Firm);
                    var newName = NewName(certificate.Firm.Name);
                    var laterProvincial = articles.Any(a => a.PublishedOn > day && IsHnteList(a) && a.PublishedOn <= asOf
                        && a.Rows.Any(r => r.Firm == certificate.Firm && r.UsccValid && r.RejectReason is null));
                    truths.Add(new HnteRenameTruth(
                        certificate.Number, certificate.Firm.Uscc, certificate.Firm.Name, newName, day, laterProvincial ? certificate.Firm.Name : newName));
                    rows.Add([(rows.Count + 1).ToString(CultureInfo.InvariantCulture), certificate.Firm.Name, newName, certificate.Number]);
                }

                var title = $"湖南省{year}年第{Ordinals[n]}批高新技术企业更名名单";
                yield return (new NationalAnnouncement(publishedAt, $"关于湖南省{year}年第{Ordinals[n]}批高新技术企业更名的公告")
                {
                    PdfTitle = title,
                    Headers = ["序号", "原企业名称", "现企业名称", "证书编号"],
                    Rows = rows,
                    RepeatHeader = random.Next(2) == 0,
                }, truths);
            }
        }
    }

    /// <summary>Certificates valid on <paramref name="day"/>, from accepted recognized rows with a valid USCC, never revoked so far.</summary>
    private static IEnumerable<Certificate> Candidates(List<Article> published, DateOnly day)
    {
        var revoked = published.Where(a => a.Kind == ArticleKind.Revoked)
            .SelectMany(a => a.Rows).Where(r => r.Certificate is not null).Select(r => r.Certificate!.Number).ToHashSet(StringComparer.Ordinal);
        var sameDay = published.Where(a => a.PublishedOn == day).SelectMany(a => a.Rows).Select(r => r.Firm).ToHashSet();
        return published.Where(a => a.Kind == ArticleKind.Recognized)
            .SelectMany(a => a.Rows)
            .Where(r => r.Certificate is { } c && r.UsccValid && r.RejectReason is null && !r.IsDuplicate
                        && c.IssueDate <= day && day <= c.ValidTo && !revoked.Contains(c.Number) && !sameDay.Contains(r.Firm))
            .Select(r => r.Certificate!)
            .DistinctBy(c => c.Number)
            .OrderBy(c => c.Number, StringComparer.Ordinal);
    }

    /// <summary>The lists a kjt-hnte sync loads (tech-SME lists name firms too, but through another source).</summary>
    private static bool IsHnteList(Article article) =>
        !article.LayoutChanged && article.Kind is ArticleKind.Proposed or ArticleKind.Recognized or ArticleKind.Revoked;

    private static string NewName(string name) =>
        name.EndsWith("有限公司", StringComparison.Ordinal) ? name[..^4] + "集团有限公司" : name + "（集团）";
}
