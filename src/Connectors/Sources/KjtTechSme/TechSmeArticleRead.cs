using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

public sealed record TechSmeArticleRead(TechSmeExtraction Extraction, IReadOnlyList<FetchedDocument> Attachments);
