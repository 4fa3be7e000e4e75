using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

/// <summary>
/// Decides from a notice title whether the article is a tech-SME list and which kind: removal, then correction,
/// then 公示, then 公布 (in that order, since a correction also names the 入库 list and a 公示 says 入库 too).
/// </summary>
public sealed class TechSmeTitleClassifier
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _required;
    private readonly (Regex Pattern, TechSmeListKind Kind)[] _kinds;
    private readonly Regex _yearAndBatch;
    private readonly Regex _yearOnly;

    public TechSmeTitleClassifier()
        : this(new TechSmeTitlePatterns())
    {
    }

    public TechSmeTitleClassifier(TechSmeTitlePatterns patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _required = Compile(patterns.Required);
        _kinds =
        [
            (Compile(patterns.Removed), TechSmeListKind.Removed),
            (Compile(patterns.Corrected), TechSmeListKind.Corrected),
            (Compile(patterns.Proposed), TechSmeListKind.Proposed),
            (Compile(patterns.Registered), TechSmeListKind.Registered),
        ];
        _yearAndBatch = Compile(patterns.YearAndBatch);
        _yearOnly = Compile(patterns.YearOnly);
    }

    public TechSmeTitleMatch? Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);

        var text = title.Normalize(NormalizationForm.FormKC);
        if (!_required.IsMatch(text))
        {
            return null;
        }

        foreach (var (pattern, kind) in _kinds)
        {
            if (pattern.IsMatch(text))
            {
                var batch = _yearAndBatch.Match(text);
                if (batch.Success)
                {
                    return new TechSmeTitleMatch(kind, Year(batch.Groups[1].Value), ChineseBatchNumber.Parse(batch.Groups[3].Value));
                }

                var year = _yearOnly.Match(text);
                return new TechSmeTitleMatch(kind, year.Success ? Year(year.Groups[1].Value) : null, null);
            }
        }

        return null;
    }

    private static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, MatchTimeout);
}
