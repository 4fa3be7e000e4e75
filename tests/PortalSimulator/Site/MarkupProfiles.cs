namespace YuanlingTech.PortalSimulator.Site;

/// <summary>
/// The CMS families the notices column and the market query can be rendered in (<see cref="SimulatorOptions.MarkupProfile"/>);
/// the generated province and its ground truth are the same under every profile.
/// </summary>
public static class MarkupProfiles
{
    /// <summary><c>ul.list li</c> items, the pagination of <see cref="SimulatorOptions.PaginationStyle"/>, article bodies in <c>div.article_content</c>.</summary>
    public const string Default = "default";

    /// <summary>Items as rows of <c>table.tyl-main-right-list</c> (title link in the first cell, date in the second); 下一页/尾页 links only.</summary>
    public const string TableRows = "table-rows";

    /// <summary>
    /// TRS WCM: <c>#con_two_1 li</c> items, <c>createPageHTML('paging', N, cur, 'index','html')</c>, Word-pasted bodies in <c>#zoom</c> or
    /// <c>.TRS_Editor</c>, xlsx with a stacked merged header, and the market's 共 N 条记录，共 M 页，当前第 x 页 counter.
    /// </summary>
    public const string Trs = "trs";

    public static readonly IReadOnlyList<string> All = [Default, TableRows, Trs];

    /// <summary>
    /// The pagination the list pages are rendered and named in: a profile other than the default fixes its own (<c>trs</c>: the
    /// five-argument <c>createPageHTML('paging', N, cur, 'index','html')</c>, pages named as <c>divfirst</c>).
    /// </summary>
    public static string ListPagination(SimulatorOptions options) => options.MarkupProfile switch
    {
        TableRows => "nextlink",
        Trs => Trs,
        _ => options.PaginationStyle,
    };
}
