namespace YuanlingTech.Normalization.Regions;

/// <summary>
/// Resolves division names written with or without their province/city prefixes and with or without
/// their generic suffix (县, 市, 自治州 …), e.g. 湖南省怀化市沅陵县, 怀化沅陵县, 沅陵.
/// </summary>
internal static class DivisionNames
{
    // Longest first, so 土家族苗族自治州 is stripped before 州 would be considered.
    private static readonly string[] Suffixes =
    [
        "土家族苗族自治州", "苗族侗族自治县", "侗族自治县", "苗族自治县", "自治县", "自治州", "省", "市", "县", "区",
    ];

    private static readonly Dictionary<string, string> CodeByName = BuildNames();

    private static readonly int LongestName = CodeByName.Keys.Max(name => name.Length);

    /// <summary>The code of the last division named, when the whole text is a chain of nested names.</summary>
    public static string? Resolve(string text)
    {
        string? current = null;
        var position = 0;
        while (position < text.Length)
        {
            var next = MatchAt(text, position, out var length);
            if (next is null || (current is not null && !RegionResolver.IsWithin(next, current)))
            {
                return null;
            }

            current = next;
            position += length;
        }

        return current;
    }

    private static string? MatchAt(string text, int position, out int length)
    {
        for (length = Math.Min(LongestName, text.Length - position); length > 0; length--)
        {
            if (CodeByName.TryGetValue(text.Substring(position, length), out var code))
            {
                return code;
            }
        }

        return null;
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["湘西州"] = "433100" };
        foreach (var division in HunanDivisions.All)
        {
            names[division.Name] = division.Code;
            var shortName = ShortName(division.Name);
            if (shortName is not null)
            {
                names.TryAdd(shortName, division.Code);
            }
        }

        return names;
    }

    private static string? ShortName(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }
}
