using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>Decides from a notice title, by one kind of list's <see cref="NoticeTitleRules{TKind}"/>, whether the article is such a list and which.</summary>
public sealed class NoticeTitleClassifier<TKind>
    where TKind : struct, Enum
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex? _required;
    private readonly Regex? _excluded;
    private readonly (Regex Pattern, TKind Kind)[] _kinds;
    private readonly Regex _yearAndBatch;
    private readonly Regex _yearOnly;

    public NoticeTitleClassifier(NoticeTitleRules<TKind> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _required = rules.Required is { } required ? Compile(required) : null;
        _excluded = rules.Excluded is { } excluded ? Compile(excluded) : null;
        _kinds = [.. rules.Kinds.Select(k => (Compile(k.Pattern), k.Kind))];
        _yearAndBatch = Compile(rules.YearAndBatch);
        _yearOnly = Compile(rules.YearOnly);
    }

    public NoticeTitleMatch<TKind>? Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);

        var text = title.Normalize(NormalizationForm.FormKC);
        if (_required?.IsMatch(text) == false || _excluded?.IsMatch(text) == true)
        {
            return null;
        }

        foreach (var (pattern, kind) in _kinds)
        {
            if (pattern.IsMatch(text))
            {
                var (year, batch) = YearAndBatch(text);
                return new NoticeTitleMatch<TKind>(kind, year, batch);
            }
        }

        return null;
    }

    private (int? Year, int? BatchNo) YearAndBatch(string title)
    {
        var batch = _yearAndBatch.Match(title);
        if (batch.Success)
        {
            return (Year(batch.Groups[1].Value), ChineseBatchNumber.Parse(batch.Groups[3].Value));
        }

        var year = _yearOnly.Match(title);
        return (year.Success ? Year(year.Groups[1].Value) : null, null);
    }

    private static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, MatchTimeout);
}
