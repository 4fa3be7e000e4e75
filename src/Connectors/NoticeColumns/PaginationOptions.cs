using System.ComponentModel.DataAnnotations;
using YuanlingTech.Connectors.Documents.Json;
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>How a notices column is paginated (<c>Sources:&lt;id&gt;:Pagination</c>).</summary>
public sealed class PaginationOptions
{
    /// <summary><c>Auto</c> (default), <c>CreatePageHtml</c>, <c>NextLink</c>, <c>Template</c> or <c>Json</c>.</summary>
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

    /// <summary>
    /// With <see cref="Mode"/> <c>Json</c>: the list endpoint's page N, absolute or relative to the list URL, with <c>{page}</c> = N
    /// (or <c>{index}</c> = N - 1), e.g. <c>list?pageNo={page}&amp;pageSize=20</c>.
    /// </summary>
    public string? JsonUrl { get; set; }

    /// <summary>Dotted path of the items array in the endpoint's answer, e.g. <c>data.list</c>; a numeric segment indexes an array.</summary>
    public string? ItemsPath { get; set; }

    /// <summary>Dotted path, within an item, of the notice URL (resolved against the endpoint when relative).</summary>
    public string UrlField { get; set; } = "url";

    /// <summary>Dotted path, within an item, of the notice title.</summary>
    public string TitleField { get; set; } = "title";

    /// <summary>
    /// Dotted path, within an item, of the publication date (<c>yyyy-MM-dd</c>, <c>yyyy/MM/dd</c>, <c>yyyy年M月d日</c>, with or without a
    /// time, or epoch milliseconds); null when the items carry none.
    /// </summary>
    public string? DateField { get; set; }

    /// <summary>Dotted path of the number of notices the endpoint states (e.g. <c>data.total</c>): listing fewer fails the run.</summary>
    public string? TotalPath { get; set; }

    /// <summary>Dotted path of the page count the endpoint states (e.g. <c>data.pages</c>): ending before it fails the run.</summary>
    public string? PagesPath { get; set; }

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

        foreach (var jsonError in options.Mode == PaginationMode.Json ? ValidateJson(options, key) : [])
        {
            yield return jsonError;
        }

        if (options.CounterPattern is { } pattern && ResultCounterParser.PatternError(pattern) is { } error)
        {
            yield return new ValidationResult($"{key}:CounterPattern {error}", [nameof(CounterPattern)]);
        }
    }

    private static IEnumerable<ValidationResult> ValidateJson(PaginationOptions options, string key)
    {
        if (options.JsonUrl?.Contains("{page}", StringComparison.Ordinal) != true
            && options.JsonUrl?.Contains("{index}", StringComparison.Ordinal) != true)
        {
            yield return new ValidationResult($"{key}:JsonUrl must contain {{page}} or {{index}} when {key}:Mode is Json", [nameof(JsonUrl)]);
        }

        var paths = new (string Name, string? Path, bool Required)[]
        {
            (nameof(ItemsPath), options.ItemsPath, true),
            (nameof(UrlField), options.UrlField, true),
            (nameof(TitleField), options.TitleField, true),
            (nameof(DateField), options.DateField, false),
            (nameof(TotalPath), options.TotalPath, false),
            (nameof(PagesPath), options.PagesPath, false),
        };
        foreach (var (name, path, required) in paths)
        {
            if (path is null && !required)
            {
                continue;
            }

            if (JsonFieldPath.SyntaxError(path) is { } error)
            {
                yield return new ValidationResult($"{key}:{name} {error} (Mode Json)", [name]);
            }
        }
    }
}
