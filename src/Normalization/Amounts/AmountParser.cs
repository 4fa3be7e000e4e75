using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Amounts;

/// <summary>Parses published money amounts (亿元/万元/元, thousands separators, ¥) into exact 元.</summary>
public static partial class AmountParser
{
    private static readonly (string Suffix, AmountUnit Unit)[] Suffixes =
    [
        ("亿元", AmountUnit.YiYuan),
        ("万元", AmountUnit.WanYuan),
        ("亿", AmountUnit.YiYuan),
        ("万", AmountUnit.WanYuan),
        ("元", AmountUnit.Yuan),
    ];

    public static AmountResult ParseYuan(string? raw, AmountUnit defaultUnit)
    {
        var cleaned = TextCleaner.Clean(raw);
        if (cleaned.Length == 0)
        {
            return new AmountResult(null, "amount is empty");
        }

        var text = cleaned
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace(",", string.Empty, StringComparison.Ordinal)
            .TrimStart('¥', '￥');
        if (text.StartsWith("人民币", StringComparison.Ordinal))
        {
            text = text["人民币".Length..];
        }

        var unit = defaultUnit;
        foreach (var (suffix, suffixUnit) in Suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                unit = suffixUnit;
                break;
            }
        }

        if (!NumberPattern().IsMatch(text)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new AmountResult(null, $"'{cleaned}' is not an amount");
        }

        var multiplier = Multiplier(unit);
        if (Math.Abs(number) > decimal.MaxValue / multiplier)
        {
            return new AmountResult(null, $"'{cleaned}' is too large to be an amount");
        }

        var yuan = number * multiplier;
        return new AmountResult(yuan.Scale > 2 ? Math.Round(yuan, 2, MidpointRounding.ToEven) : yuan, null);
    }

    private static decimal Multiplier(AmountUnit unit) => unit switch
    {
        AmountUnit.WanYuan => 10_000m,
        AmountUnit.YiYuan => 100_000_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
