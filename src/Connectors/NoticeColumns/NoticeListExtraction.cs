using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>The list found in one article of a notices column: what the article says about it and its rows.</summary>
/// <param name="Context">Kind, batch year and number, publication date and title.</param>
/// <param name="Records">The rows as published, read from a large table as they are enumerated (once); their DocumentUrl is
/// the article or the attachment holding the table.</param>
/// <param name="TableUrl">Where the table was found: the article itself or an xlsx attachment.</param>
public sealed record NoticeListExtraction<TContext>(TContext Context, IEnumerable<RawRecord> Records, Uri TableUrl);
