using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

public sealed record HnteArticleRead(HnteExtraction Extraction, IReadOnlyList<FetchedDocument> Attachments);
