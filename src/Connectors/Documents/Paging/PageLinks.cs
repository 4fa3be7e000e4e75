
namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>The 下一页 and 尾页/末页/最后一页 links of a list page, absolute; null when the page has none.</summary>
public sealed record PageLinks(Uri? Next, Uri? Last)
{
    /// <summary>
    /// The column's page count (1-based) as the links of page <paramref name="currentPage"/> state it, when both links carry a
    /// page number (<c>index_N.html</c>, <c>?page=N</c>); the next link's number tells the numbering (index_1 or index_2 for page 2).
    /// </summary>
    public int? PageCount(int currentPage) =>
        Next is not null && Last is not null && PageLinkParser.NumberIn(Next) is { } next && PageLinkParser.NumberIn(Last) is { } last
            ? last - (next - (currentPage + 1))
            : null;
}
