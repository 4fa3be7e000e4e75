using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>One article read: its list and the spreadsheet attachments fetched for it (committed after its records load).</summary>
public sealed record NoticeArticleRead<TContext>(NoticeListExtraction<TContext> Extraction, IReadOnlyList<FetchedDocument> Attachments);
