using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

/// <summary>
/// Decides from a notice title whether the article is an HNTE list and which kind: revoked, then
/// proposed, then recognized (in that order, since a 公示 title also says 认定).
/// </summary>
public sealed class HnteTitleClassifier
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _excluded;
    private readonly (Regex Pattern, HnteListKind Kind)[] _kinds;
    private readonly Regex _yearAndBatch;
    private readonly Regex _yearOnly;

    public HnteTitleClassifier()
        : this(new HnteTitlePatterns())
    {
    }

    public HnteTitleClassifier(HnteTitlePatterns patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _excluded = Compile(patterns.Excluded);
        _kinds =
        [
            (Compile(patterns.Revoked), HnteListKind.Revoked),
            (Compile(patterns.Proposed), HnteListKind.Proposed),
            (Compile(patterns.Recognized), HnteListKind.Recognized),
        ];
        _yearAndBatch = Compile(patterns.YearAndBatch);
        _yearOnly = Compile(patterns.YearOnly);
    }

    public HnteTitleMatch? Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);

        var text = title.Normalize(NormalizationForm.FormKC);
        if (_excluded.IsMatch(text))
        {
            return null;
        }

        foreach (var (pattern, kind) in _kinds)
        {
            if (pattern.IsMatch(text))
            {
                var (year, batch) = YearAndBatch(text);
                return new HnteTitleMatch(kind, year, batch);
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
