using System.ComponentModel.DataAnnotations;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>Where and how to read the knowledge-value loan platform; bound from <c>Sources:kv-loans</c>.</summary>
public sealed class KvLoansOptions : IValidatableObject
{
    /// <summary>The loans API: <c>GET {ApiUrl}?updatedSince=&amp;page=&amp;size=</c>.</summary>
    [Required]
    public Uri? ApiUrl { get; set; }

    /// <summary>The monthly xlsx export's index (JSON listing the month files).</summary>
    [Required]
    public Uri? ExportIndexUrl { get; set; }

    /// <summary><c>api</c> (cursor-driven, resumable) or <c>xlsx</c> (monthly exports, unchanged files skipped).</summary>
    [Required]
    [RegularExpression("^(api|xlsx)$", ErrorMessage = "Mode must be 'api' or 'xlsx'.")]
    public string Mode { get; set; } = KvLoansModes.Api;

    /// <summary>Loans per API page.</summary>
    [Range(1, 5_000)]
    public int PageSize { get; set; } = 200;

    /// <summary>Stop after this many API pages in one run (the next run continues from the cursor).</summary>
    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 100_000;

    /// <summary>Bounds of a monthly export file (<c>Sources:kv-loans:Xlsx</c>); a file beyond them fails, naming its URL.</summary>
    public XlsxLimits Xlsx { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => XlsxLimits.Validate(Xlsx);
}
