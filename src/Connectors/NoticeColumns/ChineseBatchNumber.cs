using System.Globalization;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>Reads 第N批 numbers: digits or Chinese numerals 一 … 九十九.</summary>
internal static class ChineseBatchNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var normalized = text.Replace('〇', '零').Replace('两', '二');
        var ten = normalized.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return normalized.Length == 1 ? Digit(normalized[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(normalized[0]) : null;
        var rest = normalized[(ten + 1)..];
        var units = rest.Length == 0 ? 0 : rest.Length == 1 ? Digit(rest[0]) : null;
        return tens is > 0 && units is not null ? (tens * 10) + units : null;
    }

    private static int? Digit(char character)
    {
        var index = Digits.IndexOf(character, StringComparison.Ordinal);
        return index < 0 ? null : index;
    }
}
