using System.ComponentModel.DataAnnotations;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// Where and how to read the lists of one notices column; bound by name for each source that reads one, from
/// <c>Sources:kjt-hnte</c> and <c>Sources:kjt-techsme</c>.
/// </summary>
public sealed class NoticeColumnOptions : IValidatableObject
{
    /// <summary>First page of the notices column (its <c>index.html</c>).</summary>
    [Required]
    public Uri? ListUrl { get; set; }

    /// <summary>CSS selector of one notice item on a list page.</summary>
    [Required]
    public string ItemSelector { get; set; } = "ul.list li";

    /// <summary>Stop after this many list pages, whatever the page counter says.</summary>
    [Range(1, 10_000)]
    public int MaxPages { get; set; } = 500;

    /// <summary>Forces a charset for every page when the portal declares a wrong one; null to detect.</summary>
    public string? Charset { get; set; }

    /// <summary>Days after which a run reads every list page again (catches silent corrections of older articles); 0 for every run.</summary>
    [Range(0, 3_650)]
    public int FullRecheckDays { get; set; } = 7;

    /// <summary>A normal run stops paging after this many consecutive list pages that list only already-loaded notices.</summary>
    [Range(1, 100)]
    public int StopAfterKnownPages { get; set; } = 2;

    /// <summary>Bounds of an xlsx attachment (<c>Sources:&lt;id&gt;:Xlsx</c>); an attachment beyond them fails its article, naming its URL.</summary>
    public XlsxLimits Xlsx { get; set; } = new();

    /// <summary>How the list pages are found (<c>Sources:&lt;id&gt;:Pagination</c>): detected by default.</summary>
    public PaginationOptions Pagination { get; set; } = new();

    /// <summary>The context's display name is the section the options were bound from (<see cref="Abstractions.SectionOptionsValidator{TOptions}"/>).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return XlsxLimits.Validate(Xlsx).Concat(PaginationOptions.Validate(Pagination, validationContext.DisplayName + ":Pagination"));
    }
}
