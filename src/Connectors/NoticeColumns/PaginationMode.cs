
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>How the list pages of a notices column are found.</summary>
public enum PaginationMode
{
    /// <summary>Detected on the first page: a <c>createPageHTML</c> script, then 下一页/尾页 links, else a single page.</summary>
    Auto,

    /// <summary>The <c>createPageHTML(…)</c> script (either convention) or a <c>countPage = N</c> variable states the page count.</summary>
    CreatePageHtml,

    /// <summary>Each page's 下一页 link leads to the next page; 尾页/末页/最后一页 or a result counter state the page count.</summary>
    NextLink,

    /// <summary>Page N is <see cref="PaginationOptions.Template"/> with <c>{page}</c> = N (or <c>{index}</c> = N - 1).</summary>
    Template,

    /// <summary>
    /// A JSON list endpoint (<see cref="PaginationOptions.JsonUrl"/>, page N at <c>{page}</c>) whose items at
    /// <see cref="PaginationOptions.ItemsPath"/> are the notices; its total or page count, when configured, is the stop rule.
    /// </summary>
    Json,
}
