
namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// The regular expressions that classify the titles of one kind of list in a notices column; code, not configuration, because
/// each portal words its titles its own way (docs/portals.md).
/// </summary>
/// <typeparam name="TKind">The kinds of list the titles name.</typeparam>
public sealed record NoticeTitleRules<TKind>
    where TKind : struct, Enum
{
    /// <summary>Every title of these lists matches it (null: no such requirement); nothing else is opened.</summary>
    public string? Required { get; init; }

    /// <summary>Titles matching this never classify (null: none excluded), e.g. another register's lists in the same column.</summary>
    public string? Excluded { get; init; }

    /// <summary>Each kind's pattern, tried in this order: the first that matches names the kind.</summary>
    public required IReadOnlyList<(TKind Kind, string Pattern)> Kinds { get; init; }

    /// <summary>Year and batch: group 1 = year, group 3 = batch number in Chinese numerals or digits.</summary>
    public string YearAndBatch { get; init; } = @"(\d{4})年(度)?第([一二三四五六七八九十〇零两\d]+)批";

    /// <summary>Year alone, when the title names no batch.</summary>
    public string YearOnly { get; init; } = @"((?:19|20)\d{2})\s*年";

    /// <summary>These rules with <paramref name="kind"/> recognized by <paramref name="pattern"/> instead, in the same place.</summary>
    public NoticeTitleRules<TKind> WithPattern(TKind kind, string pattern) =>
        this with { Kinds = [.. Kinds.Select(k => EqualityComparer<TKind>.Default.Equals(k.Kind, kind) ? (kind, pattern) : k)] };
}
