using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Columns;

/// <summary>
/// The notices read from a column's list pages, newest first. <see cref="StoppedEarly"/>: paging stopped at
/// already-known notices, so older notices were not listed.
/// </summary>
public sealed record NoticeListing(IReadOnlyList<NoticeLink> Notices, int PagesRead, int PageCount, bool StoppedEarly);
