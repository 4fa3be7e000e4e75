
namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>Pagination of a notices column as its <c>createPageHTML(…)</c> script (or a fallback) states it.</summary>
/// <param name="PageCount">Number of pages in the column.</param>
/// <param name="CurrentIndex">Index of the parsed page as the script gives it.</param>
/// <param name="FirstIndex">The index the script uses for page 1: 0 (classic TRS) or 1 (div-first variant).</param>
/// <param name="PageName">File name stem of the pages, usually <c>index</c>.</param>
/// <param name="Extension">File extension of the pages without the dot, usually <c>html</c>.</param>
/// <param name="TotalRecords">Number of items in the column, when the script gives it.</param>
public sealed record PageInfo(
    int PageCount,
    int CurrentIndex,
    int FirstIndex,
    string PageName,
    string Extension,
    int? TotalRecords);
