using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>What an article page yields before any source-specific mapping.</summary>
/// <param name="Url">The article URL.</param>
/// <param name="Title">Title from the ArticleTitle meta, else the visible title.</param>
/// <param name="PublishedAt">Publication time in China Standard Time (+08:00), when the page states one.</param>
/// <param name="Source">Publishing office (ContentSource meta or the visible 来源 line).</param>
/// <param name="Tables">Tables inside the article body, in document order.</param>
/// <param name="Attachments">Files linked from the body, with absolute URLs.</param>
public sealed record NoticeArticle(
    Uri Url,
    string Title,
    DateTimeOffset? PublishedAt,
    string? Source,
    IReadOnlyList<HtmlTable> Tables,
    IReadOnlyList<Attachment> Attachments);
