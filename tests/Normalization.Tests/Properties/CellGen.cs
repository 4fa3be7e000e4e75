using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Cell values for property tests: FsCheck's random strings, hostile fragments glued together, and very long strings.</summary>
internal static class CellGen
{
    private const int LongLength = 100_000;

    private static readonly string[] Fragments =
    [
        "\0", "\u0001", "\u0008", "\t", "\n", "\r", "\u001b", "\u001f", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200e",
        "\u200f", "\u202e", "\u2028", "\u3000", "\ufeff", "\ud800", "\udbff", "\udc00", "\udfff", "😀", "👨‍👩‍👧", "🇨🇳",
        "'; DROP TABLE x;--", "\" OR 1=1 --", "<script>alert(1)</script>", "&lt;b&gt;", "&#x4e00;", "%00", "../../etc/passwd",
        "ＡＢＣ", "ａｂｃ", "０", "１２３", "９", "．", "，", "－", "／", "：", "％", "￥", "¥", "（", "）", "(", ")", "[", "]", "【", "】",
        " ", "  ", "-", "+", ".", ",", "/", ":", "%", "e", "E", "x", "T", "Z", "0", "1", "9", "00", "12", "31", "60",
        "2024", "1900", "9999", "0000", "10000", "2958465", "79228162514264337593543950335", "0.000000000000000000000000000001",
        "1e5", "NaN", "∞", "-0", "一", "三", "十", "百", "第", "批", "年", "月", "日", "度", "元", "万", "万元", "亿", "亿元", "人民币",
        "湖南省", "怀化市", "沅陵县", "沅陵", "长沙", "湘西州", "自治县", "4312", "431222", "431200", "430000", "439900",
        "91431222MA4L41Y04R", "９１４３１２２２ｍａ４ｌ４１ｙ０４ｒ", "GR202443002931", "2025431222000123", "202443122200000123",
        "技术", "开发", "许可", "合同", "有限公司", "正常", "信用", "担保", "国家级", "有效", "absolute", "growth",
    ];

    private static readonly string[] Long =
    [
        new('9', LongLength), new('（', LongLength), new('\u200b', LongLength), new(' ', LongLength), new('\0', LongLength),
        string.Concat(Enumerable.Repeat("沅陵", LongLength / 2)), string.Concat(Enumerable.Repeat("1.", LongLength / 2)),
        string.Concat(Enumerable.Repeat("2024年", LongLength / 5)), string.Concat(Enumerable.Repeat("a ", LongLength / 2)),
        string.Concat(Enumerable.Repeat("\ud800", LongLength)), string.Concat(Enumerable.Repeat("１", LongLength)),
        "1" + new string('0', LongLength) + "万元", "2024-01-01" + new string(' ', LongLength) + "x",
    ];

    private static readonly string[] NumberSuffixes = ["", "", "元", "万", "万元", "亿", "亿元", "%", "年", "批"];

    /// <summary>Numbers of any size and precision, signed, with or without a unit.</summary>
    public static Gen<string> Numeric { get; } =
        from sign in Gen.Elements("", "", "-", "+", "¥")
        from digits in Gen.Choose(1, 45).SelectMany(n => Gen.Elements("0123456789".ToCharArray()).ArrayOf(n))
        from fraction in Gen.Choose(0, 35).SelectMany(n => Gen.Elements("0123456789".ToCharArray()).ArrayOf(n))
        from suffix in Gen.Elements(NumberSuffixes)
        select sign + new string(digits) + (fraction.Length > 0 ? "." + new string(fraction) : string.Empty) + suffix;

    /// <summary>Date-shaped text with out-of-range parts (year 0 and 9999, month 13, day 32).</summary>
    public static Gen<string> DateLike { get; } =
        from year in Gen.Frequency((1, Gen.Choose(0, 9999)), (2, Gen.Elements(1, 1899, 1900, 2024, 9998, 9999)))
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from format in Gen.Elements("{0:D4}-{1}-{2}", "{0:D4}/{1:D2}/{2:D2}", "{0:D4}年{1}月{2}日", "{0:D4}{1:D2}{2:D2}", "{0:D4}.{1}.{2} 10:15")
        select string.Format(CultureInfo.InvariantCulture, format, year, month, day);

    /// <summary>Timestamps at the ends of the calendar, with and without an offset.</summary>
    public static Gen<string> TimestampLike { get; } =
        from date in Gen.Elements("0001-01-01", "0001-01-01T", "2025-03-05", "2025-03-05T", "9999-12-31", "9999-12-31T", "1/1/0001")
        from time in Gen.Elements(" 00:00:00", "07:59:59", " 08:00", "23:59:59.9999999", string.Empty)
        from offset in Gen.Elements(string.Empty, "Z", "+08:00", "-14:00", "+14:00", "+99:00")
        select date + time + offset;

    /// <summary>Any string a cell could hold, including null.</summary>
    public static Gen<string?> Hostile { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s)),
        (2, Numeric.Select(s => (string?)s)),
        (1, DateLike.Select(s => (string?)s)),
        (1, TimestampLike.Select(s => (string?)s)),
        (6, Gen.Elements(Fragments).ListOf().Select(parts => (string?)string.Concat(parts))),
        (2, Gen.Elements(Fragments).Select(s => (string?)s)),
        (1, Gen.Elements(Long).Select(s => (string?)s)),
        (1, Gen.Constant<string?>(null)));

    /// <summary>
    /// Mostly the first (good) sample, sometimes another sample, else a hostile value: rows of many columns still
    /// pass often enough to exercise the accept paths.
    /// </summary>
    public static Gen<string?> Plausible(params string?[] samples) => Gen.Frequency(
        (14, Gen.Constant(samples[0])),
        (3, Gen.Elements(samples)),
        (1, Hostile));

    /// <summary>A batch of rows built from a per-row generator; row numbers run from 1.</summary>
    public static Gen<List<T>> Rows<T>(Func<int, Gen<T>> row) =>
        Gen.Choose(0, 8).SelectMany(count => Gen.CollectToList(Enumerable.Range(1, count).Select(row)));
}
