using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// One filing announcement (and a 公示 item before it) per recognized provincial batch, listing the same
/// certificates as the provincial list's accepted rows, so both sources agree certificate by certificate.
/// </summary>
internal static partial class NationalFilings
{
    public const int DaysAfterProvincialList = 18;

    public static IEnumerable<(NationalAnnouncement Announcement, IReadOnlyList<Certificate> Certificates, bool Broken)> Plan(
        IEnumerable<Article> articles, SimulatorOptions options, int seed)
    {
        foreach (var article in articles.Where(a => a.Kind == ArticleKind.Recognized))
        {
            var match = YearAndBatch().Match(article.Title);
            if (!match.Success)
            {
                continue;
            }

            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var ordinal = match.Groups["b"].Value;
            var certificates = article.Rows
                .Where(r => r.Certificate is not null && !r.IsDuplicate
                            && (article.LayoutChanged || r.RejectReason is null))
                .Select(r => r.Certificate!)
                .DistinctBy(c => c.Number)
                .OrderBy(c => c.Number, StringComparer.Ordinal)
                .ToList();
            var publishedAt = article.PublishedAt.Date.AddDays(DaysAfterProvincialList).AddHours(16).AddMinutes(year % 50);
            if (certificates.Count == 0 || DateOnly.FromDateTime(publishedAt) > options.AsOf)
            {
                continue;
            }

            var random = new Random(seed + (year * 10) + ordinal.Length + ordinal[0]);
            var broken = article.LayoutChanged && options.InjectLayoutChange;
            var withRegion = random.Next(2) == 0;
            var headers = new List<string> { "序号", "企业名称" };
            if (!broken)
            {
                headers.Add("证书编号");
            }

            headers.Add("发证日期");
            if (withRegion)
            {
                headers.Add("所属地区");
            }

            var rows = certificates.Select((c, i) => Row(c, i + 1, broken, withRegion)).ToList();
            var listName = $"湖南省认定机构{year}年认定报备的第{ordinal}批高新技术企业备案名单";
            var announcement = new NationalAnnouncement(publishedAt, $"关于对湖南省认定机构{year}年认定报备的第{ordinal}批高新技术企业进行备案的公告")
            {
                PdfTitle = listName,
                Headers = headers,
                Rows = rows,
                RepeatHeader = random.Next(2) == 0,
            };
            yield return (announcement, certificates, broken);
        }
    }

    /// <summary>The 公示 item that precedes a filing on the national list; a connector must skip it.</summary>
    public static NationalAnnouncement PublicNotice(NationalAnnouncement filing) =>
        new(filing.PublishedAt.AddDays(-12), filing.Title
            .Replace("关于对", string.Empty, StringComparison.Ordinal)
            .Replace("进行备案的公告", "备案公示名单", StringComparison.Ordinal));

    private static List<string> Row(Certificate certificate, int serial, bool broken, bool withRegion)
    {
        var row = new List<string> { serial.ToString(CultureInfo.InvariantCulture), certificate.Firm.Name };
        if (!broken)
        {
            row.Add(certificate.Number);
        }

        row.Add(certificate.IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (withRegion)
        {
            var region = HunanDivisions.Find(certificate.Firm.RegionCode)!;
            row.Add(region.Level == DivisionLevel.County ? HunanDivisions.Find(region.ParentCode!)!.Name + region.Name : region.Name);
        }

        return row;
    }

    [GeneratedRegex(@"(?<y>\d{4})年(?:度)?第(?<b>[一二三四五六七八九十]+)批")]
    private static partial Regex YearAndBatch();
}
