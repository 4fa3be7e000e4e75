using System.Globalization;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Codes;

/// <summary>Batch numbers as titles write them: 第三批, 第十二批, 第3批 (1 to 99).</summary>
public static class ChineseNumeral
{
    private const string Digits = "一二三四五六七八九";
    private const char Ten = '十';

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        var cleaned = TextCleaner.Clean(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length is > 0 and <= 9 && cleaned.All(char.IsAsciiDigit))
        {
            return int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var parsed = ParseChinese(cleaned);
        value = parsed ?? 0;
        return parsed is not null;
    }

    private static int? ParseChinese(string text)
    {
        var tenAt = text.IndexOf(Ten, StringComparison.Ordinal);
        if (tenAt < 0)
        {
            return text.Length == 1 ? DigitValue(text[0]) : null;
        }

        var tensText = text[..tenAt];
        var unitsText = text[(tenAt + 1)..];
        if (tensText.Length > 1 || unitsText.Length > 1)
        {
            return null;
        }

        var tens = tensText.Length == 0 ? 1 : DigitValue(tensText[0]);
        var units = unitsText.Length == 0 ? 0 : DigitValue(unitsText[0]);
        return tens is null || units is null ? null : (tens * 10) + units;
    }

    private static int? DigitValue(char c)
    {
        var index = Digits.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? null : index + 1;
    }
}
