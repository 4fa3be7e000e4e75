using System.ComponentModel.DataAnnotations;
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>Where and how to read the technology market's query pages; bound from <c>Sources:market-contracts</c>.</summary>
public sealed class MarketContractsOptions : IValidatableObject
{
    /// <summary>Root of the technology market site (the query page is resolved against it).</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>The result page of one registration month, relative to <see cref="BaseUrl"/>; <c>{month}</c> is yyyy-MM, <c>{page}</c> 1-based.</summary>
    [Required]
    public string QueryPath { get; set; } = "query.html?month={month}&page={page}";

    /// <summary>First registration month read (yyyy-MM).</summary>
    [Required]
    [RegularExpression(@"^(19|20)\d{2}-(0[1-9]|1[0-2])$")]
    public string StartMonth { get; set; } = "2019-01";

    /// <summary>Last registration month read (yyyy-MM); null for the current month in China time.</summary>
    [RegularExpression(@"^(19|20)\d{2}-(0[1-9]|1[0-2])$")]
    public string? EndMonth { get; set; }

    /// <summary>CSS selector of the candidate result tables; the first whose header has every required column is read.</summary>
    [Required]
    public string TableSelector { get; set; } = "table";

    /// <summary>
    /// Regex of the result counter with named groups <c>total</c>, <c>current</c> and <c>pages</c> (all three must match); null
    /// for the defaults (<c>共 N 条 第 x/y 页</c>, <c>共 N 条记录，共 M 页，当前第 x 页</c>).
    /// </summary>
    public string? CounterPattern { get; set; }

    /// <summary>Stop after this many pages of one month, whatever the counter says.</summary>
    [Range(1, 100_000)]
    public int MaxPagesPerMonth { get; set; } = 2_000;

    /// <summary>Forces a charset for every page when the portal declares a wrong one; null to detect.</summary>
    public string? Charset { get; set; }

    /// <summary>A month read completely this many days after its end is closed: normal runs no longer query it.</summary>
    [Range(0, 3_650)]
    public int ClosedAfterDays { get; set; } = 45;

    /// <summary>Days after which a run queries every month again, closed ones too (catches silent corrections); 0 for every run.</summary>
    [Range(0, 3_650)]
    public int FullRecheckDays { get; set; } = 7;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CounterPattern is { } pattern && ResultCounterParser.PatternError(pattern) is { } error)
        {
            yield return new ValidationResult($"Sources:market-contracts:CounterPattern {error}", [nameof(CounterPattern)]);
        }
    }
}
