using System.Text.RegularExpressions;

namespace YuanlingTech.Storage.Ingest;

/// <summary>The URLs a run's error message names (the documents that failed), for links and notifications.</summary>
public static partial class ErrorUrls
{
    public static IReadOnlyList<string> Find(string? error) => error is null
        ? []
        : UrlPattern().Matches(error).Select(m => m.Value.TrimEnd('.', ',', ';', ':', ')', '，', '。', '；', '）')).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"(https?|file)://[^\s<>""'（）]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
