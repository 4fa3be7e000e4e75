
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>One page of a JSON list endpoint: its notices, and the total and page count it states when configured to be read.</summary>
public sealed record NoticeJsonPage(IReadOnlyList<NoticeLink> Notices, int? Total, int? Pages);
