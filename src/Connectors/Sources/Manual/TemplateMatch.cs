using YuanlingTech.Normalization.Manual;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>The outcome of template detection: the template and its raw rows, or why no template matched.</summary>
public sealed record TemplateMatch(ManualTemplate? Template, IReadOnlyList<RawRecord>? Rows, string? Problem);
