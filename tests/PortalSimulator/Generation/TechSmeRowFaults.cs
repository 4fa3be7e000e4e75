namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Rejectable rows and exact duplicates in tech-SME lists. Every reject kind appears at least once (first
/// list of its kind in a fixed year), so small scales still exercise each rule; the county of interest's rows stay clean.
/// </summary>
internal sealed class TechSmeRowFaults(Random random, EnterprisePool pool)
{
    private const double RowRejectRate = 0.0006;

    private static readonly string[] ProposedReasons = ["name", "region"];
    private static readonly string[] NumberedReasons = ["name", "region", "registration_no"];

    private static readonly Dictionary<(ArticleKind, int), string> GuaranteedRejects = new()
    {
        [(ArticleKind.TechSmeProposed, 2020)] = "region",
        [(ArticleKind.TechSmeRegistered, 2020)] = "registration_no",
        [(ArticleKind.TechSmeRegistered, 2021)] = "name",
        [(ArticleKind.TechSmeRegistered, 2022)] = "region",
    };

    private static readonly HashSet<(ArticleKind, int)> GuaranteedDuplicates =
        [(ArticleKind.TechSmeProposed, 2021), (ArticleKind.TechSmeRegistered, 2020)];

    private readonly HashSet<(ArticleKind, int)> _seen = [];

    public void Apply(Article article, int year)
    {
        var key = (article.Kind, year);
        var first = _seen.Add(key);
        var candidates = article.TechSmeRows.Where(r => !pool.InCounty(r.Firm)).ToList();
        if (candidates.Count == 0 || article.Kind == ArticleKind.TechSmeRemoved)
        {
            return;
        }

        if (first && GuaranteedRejects.TryGetValue(key, out var guaranteed))
        {
            candidates[random.Next(candidates.Count)].RejectReason = guaranteed;
        }

        var reasons = article.Kind == ArticleKind.TechSmeProposed ? ProposedReasons : NumberedReasons;
        foreach (var row in candidates)
        {
            if (row.RejectReason is null && random.NextDouble() < RowRejectRate * reasons.Length)
            {
                row.RejectReason = reasons[random.Next(reasons.Length)];
            }
        }

        if ((first && GuaranteedDuplicates.Contains(key)) || random.NextDouble() < 0.15)
        {
            var accepted = article.TechSmeRows.Where(r => r.RejectReason is null).ToList();
            var original = accepted[random.Next(accepted.Count)];
            var copy = new TechSmeRow(original.Firm, original.Batch, original.RegistrationNo)
            {
                RegionCode = original.RegionCode,
                RemovalReason = original.RemovalReason,
                IsDuplicate = true,
            };
            article.TechSmeRows.Insert(article.TechSmeRows.IndexOf(original) + 1, copy);
        }
    }
}
