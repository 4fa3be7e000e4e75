
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>A notice title recognized as a list: its kind and, when the title says, the year and 第N批.</summary>
public sealed record NoticeTitleMatch<TKind>(TKind Kind, int? Year, int? BatchNo)
    where TKind : struct, Enum;
