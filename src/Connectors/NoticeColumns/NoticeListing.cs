

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// The notices read from a column's list pages, newest first. <see cref="StoppedEarly"/>: paging stopped at
/// already-known notices (or at MaxPages), so older notices were not listed. <see cref="Pagination"/>: how the pages were found.
/// </summary>
public sealed record NoticeListing(IReadOnlyList<NoticeLink> Notices, int PagesRead, int PageCount, bool StoppedEarly, string Pagination);
