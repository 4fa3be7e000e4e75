namespace YuanlingTech.Normalization.Hnte;

/// <summary>What the article around a list says about every row in it.</summary>
/// <param name="Kind">Which list this is (from the article title).</param>
/// <param name="BatchYear">Year of the batch (from the title; for revocations the publication year).</param>
/// <param name="BatchNo">第N批, when the title gives one.</param>
/// <param name="PublishedOn">The article's publication date.</param>
/// <param name="ArticleTitle">The title as published.</param>
public sealed record HnteListContext(
    HnteListKind Kind,
    int BatchYear,
    int? BatchNo,
    DateOnly PublishedOn,
    string ArticleTitle);
