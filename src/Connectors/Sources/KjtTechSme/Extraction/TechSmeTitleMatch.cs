using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

/// <summary>A title the classifier recognized: the list kind and, when the title says, the year and 第N批.</summary>
public sealed record TechSmeTitleMatch(TechSmeListKind Kind, int? Year, int? BatchNo);
