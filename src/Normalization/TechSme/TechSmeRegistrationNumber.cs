using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.TechSme;

/// <summary>入库登记编号: 4-digit 入库 year + 6-digit division + flag (0, A or B) + 7-digit serial.</summary>
public static partial class TechSmeRegistrationNumber
{
    public static bool TryNormalize(string? raw, out string canonical)
    {
        var candidate = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var valid = Pattern().IsMatch(candidate);
        canonical = valid ? candidate : string.Empty;
        return valid;
    }

    /// <summary>The 入库 year of a canonical number.</summary>
    public static int YearOf(string canonical) => int.Parse(canonical.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The division (positions 5-10) of a canonical number.</summary>
    public static string DivisionOf(string canonical) => canonical.Substring(4, 6);

    [GeneratedRegex("^(19|20)[0-9]{2}[0-9]{6}[0AB][0-9]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
