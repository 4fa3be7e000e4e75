using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Review;

/// <summary>
/// The year in the work summary's own phrasing, built from the figures, e.g. "2025年，沅陵县科技型中小企业数量达223家，
/// 申报高新技术企业20家，全县高新技术企业已达47家，与“十四五”同期相比分别增加480%、225%；技术成果合同成交实现14.5亿元；
/// 科技型企业已获批贷款3100万元；新增40家有研发活动的企业；科技平台数量达到30个，较“十四五”初翻了一番。"
/// </summary>
/// <remarks>
/// Only the figures the summary reports are phrased (a figure of 0 or missing is left out, not written as 0); the others
/// of the review (技术合同交易额, 研发投入强度, 揭榜挂帅) are in its table, so the paragraph reads as the summary does.
/// </remarks>
public static class ReviewParagraph
{
    /// <summary>The paragraph; null when no figure the summary reports is above zero.</summary>
    public static string? Build(YearReview review)
    {
        var firms = new List<string>();
        var versusOpening = new List<decimal>();
        if (Reported(review, MetricIds.TechSmeRegistered) is { } techSme)
        {
            firms.Add($"科技型中小企业数量达{Figure(techSme)}");
            AddOpening(versusOpening, techSme);
        }

        if (Reported(review, MetricIds.HnteApplied) is { } applied)
        {
            firms.Add($"申报高新技术企业{Figure(applied)}");
        }

        if (Reported(review, MetricIds.HnteValidCount) is { } valid)
        {
            firms.Add($"{Whole(review.RegionName)}高新技术企业已达{Figure(valid)}");
            AddOpening(versusOpening, valid);
        }

        if (versusOpening.Count > 0)
        {
            firms.Add("与“十四五”同期相比" + Changes(versusOpening));
        }

        var clauses = new List<string>();
        if (firms.Count > 0)
        {
            clauses.Add(string.Join("，", firms));
        }

        if (Reported(review, MetricIds.ContractsTurnover) is { } turnover)
        {
            clauses.Add($"技术成果合同成交实现{Figure(turnover)}");
        }

        if (Reported(review, MetricIds.LoansKvAmount) is { } loans)
        {
            clauses.Add($"科技型企业已获批贷款{Figure(loans)}");
        }

        if (Reported(review, MetricIds.RdEnterprises) is { } rd)
        {
            clauses.Add($"新增{Figure(rd)}有研发活动的企业");
        }

        if (Reported(review, MetricIds.PlatformsCount) is { } platforms)
        {
            clauses.Add($"科技平台数量达到{Figure(platforms)}" + (platforms.OpeningPercent is { } p ? "，较“十四五”初" + ReviewFormat.Phrase(p) : ""));
        }

        return clauses.Count == 0 ? null : $"{review.Year}年，{review.RegionName}{string.Join("；", clauses)}。";
    }

    /// <summary>"分别增加480%、225%" for two, "增加480%" for one; changes that are not all rises (or falls) are listed each with its word.</summary>
    public static string Changes(IReadOnlyList<decimal> percents)
    {
        var phrases = percents.Select(ReviewFormat.Phrase).ToList();
        if (phrases.Count == 1)
        {
            return phrases[0];
        }

        foreach (var word in new[] { "增加", "减少" })
        {
            if (phrases.All(p => p.StartsWith(word, StringComparison.Ordinal)))
            {
                return "分别" + word + string.Join("、", phrases.Select(p => p[word.Length..]));
            }
        }

        return "分别" + string.Join("、", phrases);
    }

    /// <summary>全县, 全市, 全区, 全州, 全省: "the whole" + the division's last character.</summary>
    public static string Whole(string regionName) =>
        regionName.Length > 0 && "县市区州省旗".Contains(regionName[^1], StringComparison.Ordinal) ? "全" + regionName[^1] : regionName;

    private static ReviewFigure? Reported(YearReview review, string metricId) => review.Find(metricId) is { IsReported: true } figure ? figure : null;

    private static void AddOpening(List<decimal> percents, ReviewFigure figure)
    {
        if (figure.OpeningPercent is { } percent)
        {
            percents.Add(percent);
        }
    }

    private static string Figure(ReviewFigure figure) => ReviewFormat.Figure(figure.Value!.Value, figure.Metric);
}
