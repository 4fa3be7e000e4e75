using System.ComponentModel.DataAnnotations;
using YuanlingTech.Connectors.Documents.Xlsx;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>Where the bureau drops its files; bound from <c>Sources:manual</c>.</summary>
public sealed class ManualOptions : IValidatableObject
{
    /// <summary>The inbox folder; a relative path resolves against the current directory. <c>archive/</c> and <c>rejected/</c> live inside it.</summary>
    [Required]
    public string? InboxFolder { get; set; }

    /// <summary>
    /// With <see cref="InboxReadyRule.Stable"/>: a file is read only when its size and modification time were the same at
    /// two looks this many seconds apart and it was last modified at least this long ago; otherwise it is left for the next run.
    /// </summary>
    [Range(0, 3600)]
    public int MinFileAgeSeconds { get; set; } = 5;

    /// <summary>How a file is known to be completely written: <c>Stable</c> (default) or <c>DoneMarker</c> (a <c>&lt;name&gt;.done</c> file beside it).</summary>
    public InboxReadyRule ReadyWhen { get; set; } = InboxReadyRule.Stable;

    /// <summary>Larger files are rejected unread.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Bounds of an xlsx file (<c>Sources:manual:Xlsx</c>); a file beyond them is rejected.</summary>
    public XlsxLimits Xlsx { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => XlsxLimits.Validate(Xlsx);
}
