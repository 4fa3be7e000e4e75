using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>Finds a result counter in a page (pure): the configured pattern, or the first default that matches.</summary>
public sealed partial class ResultCounterParser
{
    /// <summary>The wordings met on provincial portals, most specific first.</summary>
    public static readonly IReadOnlyList<string> DefaultPatterns =
    [
        @"共\s*(?<total>\d+)\s*条(?:记录)?\s*[，,;；]?\s*共\s*(?<pages>\d+)\s*页\s*[，,;；]?\s*当前(?:第\s*)?(?<current>\d+)\s*页?",
        @"共\s*(?<total>\d+)\s*条.{0,20}?第\s*(?<current>\d+)\s*/\s*(?<pages>\d+)\s*页",
        @"总记录数\s*[:：]\s*(?<total>\d+)\s*条?(?:.{0,10}?总页数\s*[:：]\s*(?<pages>\d+)\s*页?)?(?:.{0,10}?当前页\s*[:：]\s*(?<current>\d+))?",
        @"第\s*(?<current>\d+)\s*/\s*(?<pages>\d+)\s*页",
        @"第\s*(?<current>\d+)\s*页\s*[/，,]?\s*共\s*(?<pages>\d+)\s*页",
        @"共\s*(?<pages>\d+)\s*页",
        @"共\s*(?<total>\d+)\s*条",
    ];

    private readonly IReadOnlyList<Regex> _patterns;

    public ResultCounterParser(string? pattern = null) =>
        _patterns = (pattern is null ? DefaultPatterns : [pattern])
            .Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToList();

    /// <summary>Why <paramref name="pattern"/> cannot be a counter pattern (not a regex, no named group total, pages or current); null when it can.</summary>
    public static string? PatternError(string pattern)
    {
        try
        {
            var names = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).GetGroupNames();
            return names.Any(n => n is "total" or "pages" or "current") ? null : "has no named group total, pages or current";
        }
        catch (ArgumentException ex)
        {
            return "is not a valid regex: " + ex.Message;
        }
    }

    /// <summary>The first counter found in the page's text; null when none matches.</summary>
    public ResultCounter? Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");
        foreach (var pattern in _patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return new ResultCounter(Number(match, "total"), Number(match, "pages"), Number(match, "current"));
            }
        }

        return null;
    }

    private static int? Number(Match match, string group) =>
        match.Groups[group] is { Success: true } g ? int.Parse(AsciiDigits(g.Value), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    // \d also matches full-width digits (０-９), which some portals print in their counters.
    private static string AsciiDigits(string digits) =>
        string.Create(digits.Length, digits, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '\uFF10' and <= '\uFF19' ? (char)(source[i] - 0xFEE0) : source[i];
            }
        });

    [GeneratedRegex(@"<script\b[^>]*>[\s\S]*?</script>|<[^>]+>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Whitespace();
}
