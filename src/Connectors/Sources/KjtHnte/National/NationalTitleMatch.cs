namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>A national announcement title recognised as a filing or rename list, with its year and 第N批.</summary>
public sealed record NationalTitleMatch(NationalListKind Kind, int Year, int? BatchNo);
