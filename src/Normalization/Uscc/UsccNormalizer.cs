using System.Text;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Uscc;

/// <summary>
/// Validates a published USCC. Only presentation is repaired (case, spaces, full width); a wrong check
/// character is never corrected, because a "fixed" code could name a different enterprise.
/// </summary>
public static class UsccNormalizer
{
    private const int Length = 18;

    public static UsccResult Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || TextCleaner.Clean(raw).Length == 0)
        {
            return new UsccResult(null, null, UsccQuality.Absent);
        }

        var published = StorableText.Strip(raw.Trim())!;
        var repaired = Repair(raw);
        if (!HasShape(repaired))
        {
            return new UsccResult(published, null, UsccQuality.Malformed);
        }

        var span = repaired.AsSpan();
        if (UsccAlphabet.ComputeCheckChar(span[..17]) != span[17])
        {
            return new UsccResult(published, repaired, UsccQuality.CheckFailed);
        }

        if (UsccAlphabet.ComputeOrgCodeCheckChar(span[8..16]) != span[16])
        {
            return new UsccResult(published, repaired, UsccQuality.OrgCheckFailed);
        }

        return new UsccResult(published, repaired, UsccQuality.Valid);
    }

    private static string Repair(string raw)
    {
        var cleaned = TextCleaner.Clean(raw);
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c != ' ')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool HasShape(string code)
    {
        if (code.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var inDivision = i is >= 2 and <= 7;
            var ok = inDivision ? char.IsAsciiDigit(code[i]) : UsccAlphabet.ValueOf(code[i]) >= 0;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
