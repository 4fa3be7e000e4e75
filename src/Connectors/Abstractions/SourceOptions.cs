using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>Options every source has, bound from <c>Sources:&lt;id&gt;</c>.</summary>
public sealed class SourceOptions : IValidatableObject
{
    /// <summary>Whether the source gets a recurring job.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Cron of the recurring sync, in China Standard Time.</summary>
    [Required]
    public string Cron { get; set; } = "0 6 * * *";

    /// <summary>Requests in flight to the source's host at once.</summary>
    [Range(1, 16)]
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Pause before each request to the host, in milliseconds.</summary>
    [Range(0, 60_000)]
    public int RequestDelayMs { get; set; }

    /// <summary>Timeout of one attempt, in seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed request (5xx, 429, timeouts, dropped connections).</summary>
    [Range(0, 10)]
    public int RetryCount { get; set; } = 3;

    /// <summary>Largest response accepted, in bytes.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Bodies from this size on are written to a temp file while they arrive instead of being held in memory.</summary>
    [Range(64 * 1024, 1L << 31)]
    public long SpoolThresholdBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Longest a whole run may take, in minutes (fractions allowed); a run still going then fails and says so.</summary>
    [Range(0.01, 7 * 24 * 60)]
    public double RunBudgetMinutes { get; set; } = 240;

    /// <summary>
    /// Hosts (<c>host</c> or <c>host:port</c>) the source may fetch from besides those of its configured URLs: redirects,
    /// article and attachment links to any other host are refused. A host without a port is allowed on ports 80 and 443.
    /// </summary>
    public IList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// Deepest element nesting of an HTML page that is parsed; a deeper page is refused as a layout change naming its URL
    /// (the HTML parser's time grows with depth × tags: 100,000 nested &lt;div&gt; took minutes).
    /// </summary>
    [Range(32, 1_000_000)]
    public int MaxHtmlDepth { get; set; } = Documents.Html.HtmlDepthTracker.DefaultMaxDepth;

    /// <summary>A source whose last success is older than this is reported stale.</summary>
    [Range(1, 24 * 366)]
    public int FreshnessHours { get; set; } = 48;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedHosts.Where(entry => Http.SourceHosts.ParseEntry(entry) is null)
            .Select(entry => new ValidationResult($"'{entry}' is not a host or host:port", [nameof(AllowedHosts)]));
}
