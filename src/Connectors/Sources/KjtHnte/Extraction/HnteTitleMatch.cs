using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

/// <summary>An article title recognised as an HNTE list, with the year and 第N批 it states.</summary>
public sealed record HnteTitleMatch(HnteListKind Kind, int? Year, int? BatchNo);
