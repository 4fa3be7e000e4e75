using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Regions;

/// <summary>Maps a published region (code, retired code or name) to a current division code.</summary>
public static class RegionResolver
{
    private const string HunanPrefix = "43";

    public static bool TryResolve(string? raw, out string code)
    {
        code = string.Empty;
        var cleaned = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 0)
        {
            return false;
        }

        var resolved = cleaned.All(char.IsAsciiDigit) ? ResolveCode(cleaned) : DivisionNames.Resolve(cleaned);
        if (resolved is null)
        {
            return false;
        }

        code = resolved;
        return true;
    }

    /// <summary>The division of the registering authority (positions 3-8) of a canonical USCC.</summary>
    public static string? FromUscc(string canonicalUscc)
    {
        if (canonicalUscc is null || canonicalUscc.Length != 18)
        {
            return null;
        }

        var segment = canonicalUscc.Substring(2, 6);
        return segment.All(char.IsAsciiDigit) ? ResolveCode(segment) : null;
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestorCode"/> or lies inside it.</summary>
    public static bool IsWithin(string code, string ancestorCode)
    {
        for (var current = code; current is not null; current = HunanDivisions.Find(current)?.ParentCode)
        {
            if (string.Equals(current, ancestorCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ResolveCode(string digits)
    {
        var exact = ResolveExact(digits);
        if (exact is not null)
        {
            return exact;
        }

        return digits switch
        {
            { Length: 6 } when digits.StartsWith(HunanPrefix, StringComparison.Ordinal) => ResolveExact(digits[..4] + "00"),
            { Length: 4 } => ResolveExact(digits + "00"),
            _ => null,
        };
    }

    private static string? ResolveExact(string digits)
    {
        if (HunanDivisions.Find(digits) is { } division)
        {
            return division.Code;
        }

        return HunanDivisions.Aliases.GetValueOrDefault(digits);
    }
}
