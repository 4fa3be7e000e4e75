namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>
/// Marks rows to be published as rejectable and inserts exact duplicate rows. Every reject kind appears at
/// least once (first list of its kind in a fixed year) so small scales still exercise each rule. The county of
/// interest's rows stay clean so its counts are exact.
/// </summary>
internal sealed class RowFaults(Random random, EnterprisePool pool)
{
    private const double RowRejectRate = 0.0006;

    private static readonly string[] ProposedReasons = ["name", "region"];
    private static readonly string[] RecognizedReasons = ["name", "certificate_no", "issue_date", "region"];

    private static readonly Dictionary<(ArticleKind, int), string> GuaranteedRejects = new()
    {
        [(ArticleKind.Proposed, 2020)] = "region",
        [(ArticleKind.Proposed, 2021)] = "name",
        [(ArticleKind.Recognized, 2020)] = "name",
        [(ArticleKind.Recognized, 2021)] = "certificate_no",
        [(ArticleKind.Recognized, 2022)] = "issue_date",
        [(ArticleKind.Recognized, 2023)] = "region",
    };

    private static readonly HashSet<(ArticleKind, int)> GuaranteedDuplicates =
        [(ArticleKind.Proposed, 2020), (ArticleKind.Recognized, 2021)];

    private readonly HashSet<(ArticleKind, int)> _seen = [];

    public void Apply(Article article, int year)
    {
        var key = (article.Kind, year);
        var first = _seen.Add(key);
        var candidates = article.Rows.Where(r => !pool.InCounty(r.Firm)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        if (first && GuaranteedRejects.TryGetValue(key, out var guaranteed))
        {
            candidates[random.Next(candidates.Count)].RejectReason = guaranteed;
        }

        var reasons = article.Kind == ArticleKind.Proposed ? ProposedReasons : RecognizedReasons;
        foreach (var row in candidates)
        {
            if (row.RejectReason is null && random.NextDouble() < RowRejectRate * reasons.Length)
            {
                row.RejectReason = reasons[random.Next(reasons.Length)];
            }
        }

        if ((first && GuaranteedDuplicates.Contains(key)) || random.NextDouble() < 0.15)
        {
            InsertDuplicate(article);
        }
    }

    private void InsertDuplicate(Article article)
    {
        var accepted = article.Rows.Where(r => r.RejectReason is null).ToList();
        if (accepted.Count == 0)
        {
            return;
        }

        var original = accepted[random.Next(accepted.Count)];
        var copy = new HnteRow(original.Firm) { Certificate = original.Certificate, IsDuplicate = true };
        article.Rows.Insert(article.Rows.IndexOf(original) + 1, copy);
    }
}
