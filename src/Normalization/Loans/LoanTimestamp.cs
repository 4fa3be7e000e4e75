using System.Globalization;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Loans;

/// <summary>The platform's update times: ISO-8601 with an offset, or a local time in China time (the xlsx export).</summary>
public static class LoanTimestamp
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static bool TryParse(string? raw, out DateTimeOffset utc)
    {
        utc = default;
        var text = TextCleaner.Clean(raw);
        if (text.Length == 0)
        {
            return false;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 19 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            utc = withOffset.ToUniversalTime();
            return true;
        }

        // A China time in the first 8 hours of year 1 has no UTC instant.
        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && local >= DateTime.MinValue + ChinaOffset)
        {
            utc = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaOffset).ToUniversalTime();
            return true;
        }

        return false;
    }
}
