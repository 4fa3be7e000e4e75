using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Codes;

/// <summary>HNTE certificate numbers: GR + 4-digit year + 2-digit province + 6-digit serial.</summary>
public static partial class HnteCertificateNumber
{
    public static bool TryNormalize(string? raw, out string canonical)
    {
        var candidate = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var valid = Pattern().IsMatch(candidate);
        canonical = valid ? candidate : string.Empty;
        return valid;
    }

    [GeneratedRegex("^GR[0-9]{4}[0-9]{2}[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
