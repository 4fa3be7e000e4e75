
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>What the cursor remembers of one notices list: every notice URL listed, which of them are the source's articles.</summary>
public sealed class NoticeListState
{
    /// <summary>Every notice URL listed by the runs so far (absolute URIs).</summary>
    public List<string> Notices { get; set; } = [];

    /// <summary>The notices that are the source's articles (processed and committed when <see cref="Complete"/>).</summary>
    public List<string> Articles { get; set; } = [];

    /// <summary>The last run loaded every listed article; false makes the next run read every list page.</summary>
    public bool Complete { get; set; }

    /// <summary>The pagination the last run followed (<c>createPageHTML</c>, <c>nextLink</c>, <c>template …</c>, <c>json …</c>, <c>single page</c>).</summary>
    public string? Pagination { get; set; }
}
