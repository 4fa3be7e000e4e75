
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>One item of a notices list page.</summary>
public sealed record NoticeLink(string Title, Uri Url, DateOnly? Date);
