using System.Text.RegularExpressions;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>
/// One entry of the fault plan: requests whose path (with query) matches <see cref="PathPattern"/> get
/// <see cref="Kind"/>, for the first <see cref="Times"/> matching requests (each distinct path counts separately).
/// </summary>
public sealed record FaultRule(string PathPattern, FaultKind Kind)
{
    /// <summary>Faulty responses per matching path; afterwards the path is served normally.</summary>
    public int Times { get; init; } = int.MaxValue;

    /// <summary>At most this many distinct paths get the fault (e.g. 1 = only the first matching document).</summary>
    public int MaxPaths { get; init; } = int.MaxValue;

    /// <summary>Only responses whose body contains this text are faulted (e.g. a column header); null = any.</summary>
    public string? BodyContains { get; init; }

    /// <summary>Retry-After of 429/503, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Delay of <see cref="FaultKind.Slow"/>, in milliseconds.</summary>
    public int DelayMs { get; init; } = 1000;

    /// <summary>Extra bytes of <see cref="FaultKind.Oversized"/>; decompressed size of <see cref="FaultKind.GzipBomb"/>; sheet padding of <see cref="FaultKind.HostileXlsx"/>.</summary>
    public long Bytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Nesting levels of <see cref="FaultKind.DeepNesting"/>.</summary>
    public int Depth { get; init; } = 100_000;

    /// <summary>The header a layout fault acts on.</summary>
    public string? Column { get; init; }

    /// <summary>The text of <see cref="FaultKind.HostileValue"/>; <c>{cell}</c> stands for the cell's published text.</summary>
    public string Value { get; init; } = "{cell}";

    /// <summary>The renamed or added header.</summary>
    public string NewName { get; init; } = "备注说明";

    /// <summary>Where <see cref="FaultKind.Redirect"/> points (absolute, or a path; null = the requested path); what <see cref="FaultKind.ForeignLink"/> links.</summary>
    public string? Target { get; init; }

    internal Regex Regex => _regex ??= new Regex(PathPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private Regex? _regex;
}
