using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>技术合同登记编号: 14 digits (older form) or 16 digits (newer form), DOMAIN.md §4.</summary>
public static class RegistrationNumber
{
    public static bool TryNormalize(string? raw, out string canonical)
    {
        canonical = TextCleaner.Clean(raw).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return canonical.Length is 14 or 16 && canonical.All(char.IsAsciiDigit);
    }
}
