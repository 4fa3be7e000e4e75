using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Dates;

/// <summary>A date cell of a source row: parsed, or null with the reason added (missing only when required).</summary>
public static class DateField
{
    public static DateOnly? Read(string? raw, string label, bool required, List<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (TextCleaner.Clean(raw).Length == 0)
        {
            if (required)
            {
                reasons.Add($"{label} is missing");
            }

            return null;
        }

        if (DateParser.TryParse(raw, out var date))
        {
            return date;
        }

        reasons.Add($"{label} '{raw!.Trim()}' is not a date");
        return null;
    }
}
