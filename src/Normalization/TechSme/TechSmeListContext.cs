namespace YuanlingTech.Normalization.TechSme;

/// <summary>What the article around a tech-SME list says about every row in it.</summary>
/// <param name="Kind">Which list this is (from the article title).</param>
/// <param name="BatchYear">入库 year from the title; for removals the publication year (each row's number names its own year).</param>
/// <param name="BatchNo">第N批; null for removals.</param>
/// <param name="PublishedOn">The article's publication date.</param>
/// <param name="ArticleTitle">The title as published.</param>
public sealed record TechSmeListContext(
    TechSmeListKind Kind,
    int BatchYear,
    int? BatchNo,
    DateOnly PublishedOn,
    string ArticleTitle);
