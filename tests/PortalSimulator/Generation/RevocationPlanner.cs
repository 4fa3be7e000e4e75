namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Revocation notices: 1-10 province certificates valid on the day (plus the county's planned ones), each revoked once.</summary>
internal sealed class RevocationPlanner(Random random, double scale)
{
    private static readonly string[] Reasons =
    [
        "连续两年未填报企业年度发展情况报表",
        "发生重大安全事故",
        "存在严重环境违法行为",
        "复核后不符合认定条件",
        "申请认定过程中存在严重弄虚作假行为",
    ];

    private readonly List<Certificate> _certificates = [];
    private readonly int _maxPerArticle = Math.Clamp((int)Math.Round(2000 * scale / 200), 1, 10);

    public void Add(Certificate certificate) => _certificates.Add(certificate);

    /// <summary>The notice of <paramref name="at"/>: province certificates drawn now, plus the county's planned ones (certificate, 取消年度).</summary>
    public Article? Revoke(DateTime at, IReadOnlyList<(Certificate Certificate, int? Year)> county)
    {
        var day = DateOnly.FromDateTime(at);
        var candidates = _certificates
            .Where(c => c.Revocable && c.RevokedFrom is null && c.IssueDate <= day && day <= c.ValidTo)
            .ToList();
        if (candidates.Count == 0 && county.Count == 0)
        {
            return null;
        }

        var count = candidates.Count == 0 ? 0 : Math.Min(candidates.Count, random.Next(1, _maxPerArticle + 1));
        var withYear = random.Next(2) == 0;
        var rows = new List<(Certificate Certificate, int? Year)>(county);
        foreach (var certificate in candidates.OrderBy(_ => random.Next()).Take(count))
        {
            int? year = withYear && certificate.IssueDate.Year < day.Year && random.NextDouble() < 0.7
                ? random.Next(certificate.IssueDate.Year + 1, day.Year + 1)
                : null;
            rows.Add((certificate, year));
        }

        var article = new Article(ArticleKind.Revoked, at, $"关于取消{rows.Count}家企业高新技术企业资格的公告")
        {
            ListName = "取消高新技术企业资格企业名单",
        };
        foreach (var (certificate, year) in rows.OrderBy(r => r.Certificate.Number, StringComparer.Ordinal))
        {
            certificate.RevokedFrom = year is { } y ? new DateOnly(y, 1, 1) : day;
            certificate.RevokedOn = day;
            article.Rows.Add(new HnteRow(certificate.Firm)
            {
                Certificate = certificate,
                RevocationReason = Reasons[random.Next(Reasons.Length)],
                RevocationYear = year,
            });
        }

        return article;
    }
}
