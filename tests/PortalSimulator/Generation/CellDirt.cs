using System.Globalization;
using System.Text;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Published forms of clean values: the variations and dirt a connector must tolerate.</summary>
internal static class CellDirt
{
    public static string Name(Random random, string name)
    {
        var text = name;
        if (text.Contains('（', StringComparison.Ordinal) && random.Next(2) == 0)
        {
            text = text.Replace('（', '(').Replace('）', ')');
        }

        if (text.Any(char.IsAsciiLetterOrDigit) && random.Next(2) == 0)
        {
            text = ToFullWidth(text);
        }

        var roll = random.NextDouble();
        return roll switch
        {
            < 0.03 => text + "  ",
            < 0.045 => "\u3000" + text,
            < 0.06 => text + "\u3000",
            _ => text,
        };
    }

    /// <summary>Returns the published USCC and whether it still passes the checks after normalization.</summary>
    public static (string Text, bool Valid) Uscc(Random random, string uscc)
    {
        var roll = random.NextDouble();
        switch (roll)
        {
            case < 0.03:
                return (uscc.ToLowerInvariant(), true);
            case < 0.05:
                return (ToFullWidth(uscc), true);
            case < 0.062:
                var index = UsccAlphabet.ValueOf(uscc[17]);
                var wrong = UsccAlphabet.Symbols[(index + 1 + random.Next(29)) % 31];
                return (uscc[..17] + wrong, false);
            default:
                return (uscc, true);
        }
    }

    public static string CertificateNo(Random random, string number)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.03 => number.ToLowerInvariant(),
            < 0.05 => ToFullWidth(number),
            < 0.07 => $"{number[..6]} {number[6..8]} {number[8..]}",
            _ => number,
        };
    }

    public static string Region(Random random, string regionCode)
    {
        var region = HunanDivisions.Find(regionCode)!;
        var city = region.Level == DivisionLevel.County ? HunanDivisions.Find(region.ParentCode!)! : null;
        var roll = random.Next(3);
        if (city is not null)
        {
            return roll switch
            {
                0 => city.Name + region.Name,
                1 => region.Name,
                _ => "湖南省" + city.Name + region.Name,
            };
        }

        return roll switch
        {
            0 when region.Name.EndsWith('市') => region.Name[..^1],
            2 => "湖南省" + region.Name,
            _ => region.Name,
        };
    }

    /// <summary>0: 2024年3月5日, 1: 2024/3/5, 2: 2024-03-05.</summary>
    public static string Date(DateOnly date, int format) => format switch
    {
        0 => $"{date.Year}年{date.Month}月{date.Day}日",
        1 => $"{date.Year}/{date.Month}/{date.Day}",
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static int ExcelSerial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    public static string ToFullWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c);
        }

        return builder.ToString();
    }
}
