namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Removal notices (撤销入库登记编号 / 移出): province firms of this or last year's final lists, each removed once,
/// plus the county of interest's planned removals.
/// </summary>
internal sealed class TechSmeRemovals(Random random, double scale, EnterprisePool pool)
{
    private static readonly string[] Reasons =
    [
        "企业信息与实际情况不符",
        "发生重大安全、质量事故",
        "存在严重环境违法行为",
        "被列入严重失信主体名单",
        "企业主动申请撤销",
    ];

    private readonly HashSet<TechSmeRow> _removed = [];
    private readonly int _maxPerNotice = Math.Max(3, (int)Math.Round(120 * scale));

    public IEnumerable<Article> Play(IEnumerable<TechSmeRemovalNotice> notices, IReadOnlyList<TechSmeBatch> batches, CountyTechSmePlan county)
    {
        foreach (var notice in notices)
        {
            var at = notice.At;
            var year = at.Year;
            var candidates = batches
                .Where(b => b.Year >= year - 1 && b.FinalAt < at)
                .SelectMany(b => b.FinalRows)
                .Where(r => !r.IsDuplicate && r.RejectReason is null && !_removed.Contains(r) && !pool.InCounty(r.Firm))
                .ToList();
            var planned = county.Removed(notice)
                .Select(p => p.Batch.FinalRows.First(r => r.Firm == p.Firm && !r.IsDuplicate))
                .ToList();
            if (candidates.Count == 0 && planned.Count == 0)
            {
                continue;
            }

            var drawn = candidates.Count == 0 ? [] : candidates.OrderBy(_ => random.Next()).Take(random.Next(1, _maxPerNotice + 1));
            var chosen = drawn.Concat(planned).OrderBy(r => r.RegistrationNo, StringComparer.Ordinal).ToList();
            _removed.UnionWith(chosen);
            var title = random.Next(2) == 0
                ? $"关于撤销{chosen.Count}家企业科技型中小企业入库登记编号的公告"
                : $"关于将{chosen.Count}家企业移出科技型中小企业库的公告";
            var article = new Article(ArticleKind.TechSmeRemoved, at, title)
            {
                ListName = "撤销入库登记编号的科技型中小企业名单",
                BatchYear = year,
            };
            article.TechSmeRows.AddRange(chosen.Select(r => new TechSmeRow(r.Firm, r.Batch, r.RegistrationNo)
            {
                RemovalReason = Reasons[random.Next(Reasons.Length)],
            }));
            yield return article;
        }
    }
}
