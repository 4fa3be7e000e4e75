using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>Where the bureau drops its files; bound from <c>Sources:manual</c>.</summary>
public sealed class ManualOptions
{
    /// <summary>The inbox folder; a relative path resolves against the current directory. <c>archive/</c> and <c>rejected/</c> live inside it.</summary>
    [Required]
    public string? InboxFolder { get; set; }

    /// <summary>A file modified more recently than this is taken to be still being written and is left for the next run.</summary>
    [Range(0, 3600)]
    public int MinFileAgeSeconds { get; set; } = 5;

    /// <summary>Larger files are rejected unread.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;
}
