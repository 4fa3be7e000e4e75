using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Connectors.Notices;

/// <summary>How a notices column is paginated (<c>Sources:&lt;id&gt;:Pagination</c>).</summary>
public sealed class PaginationOptions
{
    /// <summary><c>Auto</c> (default), <c>CreatePageHtml</c>, <c>NextLink</c> or <c>Template</c>.</summary>
    public PaginationMode Mode { get; set; } = PaginationMode.Auto;

    /// <summary>
    /// Page N relative to the list URL when <see cref="Mode"/> is <c>Template</c>, e.g. <c>index_{page}.html</c> or
    /// <c>?pageNum={page}</c>; <c>{index}</c> is N - 1 (classic TRS). Without a detected page count, pages are read until one
    /// lists no new notice.
    /// </summary>
    public string? Template { get; set; }

    /// <summary>
    /// Regex of the result counter with named groups <c>total</c>, <c>pages</c> and/or <c>current</c>, matched against the
    /// page text; null for the defaults in <see cref="ResultCounterParser.DefaultPatterns"/>.
    /// </summary>
    public string? CounterPattern { get; set; }

    public static IEnumerable<ValidationResult> Validate(PaginationOptions? options, string key)
    {
        if (options is null)
        {
            yield break;
        }

        if (options.Mode == PaginationMode.Template
            && options.Template?.Contains("{page}", StringComparison.Ordinal) != true
            && options.Template?.Contains("{index}", StringComparison.Ordinal) != true)
        {
            yield return new ValidationResult($"{key}:Template must contain {{page}} or {{index}} when {key}:Mode is Template", [nameof(Template)]);
        }

        if (options.CounterPattern is { } pattern && ResultCounterParser.PatternError(pattern) is { } error)
        {
            yield return new ValidationResult($"{key}:CounterPattern {error}", [nameof(CounterPattern)]);
        }
    }
}
