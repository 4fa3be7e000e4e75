using System.Globalization;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>Published forms of contract values, with the dirt a connector must tolerate and the faults it must reject.</summary>
internal static class MarketCells
{
    public static readonly string[] Types =
    [
        "技术开发（委托开发）", "技术开发（合作开发）", "技术转让（专利权转让）", "技术转让（专利申请权转让）", "技术转让（技术秘密转让）",
        "技术许可（专利实施许可）", "技术许可（技术秘密使用许可）", "技术咨询", "技术服务", "技术服务（技术培训）", "技术服务（技术中介）",
    ];

    // Cumulative weights matching Types: 服务 dominates, as in Hunan's statistics.
    private static readonly int[] TypeWeights = [15, 25, 28, 29, 31, 33, 34, 41, 86, 93, 100];

    public static readonly string[] Fields =
    [
        "电子信息", "航空航天", "先进制造", "生物医药和医疗器械", "新材料及其应用", "新能源与高效节能",
        "环境保护与资源综合利用", "核应用技术", "农业", "现代交通", "城市建设与社会发展",
    ];

    private static readonly string[] Subjects = ["智能监测", "数据平台", "工艺优化", "检测方法", "控制系统", "种植技术", "节能改造", "新型材料", "诊断试剂", "物流调度"];

    private static readonly string[] Objects = ["研究", "开发", "技术服务", "咨询", "推广应用", "集成"];

    public static string Type(Random random)
    {
        var roll = random.Next(100);
        var index = Array.FindIndex(TypeWeights, w => roll < w);
        var type = Types[index];
        return random.Next(10) == 0 ? type.Replace('（', '(').Replace('）', ')') : type;
    }

    public static string Project(Random random, string field) =>
        $"{field}领域{Subjects[random.Next(Subjects.Length)]}{Objects[random.Next(Objects.Length)]}项目";

    public static string RegistrationNo(Random random, string number, bool broken)
    {
        if (broken)
        {
            return random.Next(2) == 0 ? number[..^1] : number[..5] + "O" + number[6..];
        }

        return random.NextDouble() switch
        {
            < 0.03 => CellDirt.ToFullWidth(number),
            < 0.06 => $"{number[..4]} {number[4..8]} {number[8..]}",
            < 0.08 => " " + number + " ",
            _ => number,
        };
    }

    /// <summary>万元 with four decimals (six when the amount has fen), sometimes with thousands separators.</summary>
    public static string Wan(Random random, long fen, bool broken)
    {
        if (broken)
        {
            return random.Next(2) == 0 ? "待定" : "12.3.4";
        }

        var wan = fen / 1_000_000m;
        var decimals = fen % 100 == 0 ? 4 : 6;
        var text = random.NextDouble() < 0.25
            ? wan.ToString("N" + decimals, CultureInfo.InvariantCulture)
            : wan.ToString("F" + decimals, CultureInfo.InvariantCulture);
        return random.NextDouble() < 0.02 ? CellDirt.ToFullWidth(text) : text;
    }

    /// <summary>A region the normalizer resolves to <paramref name="code"/>: code, name, or a legacy code on older rows.</summary>
    public static string Region(Random random, string code, int year, bool broken)
    {
        if (broken)
        {
            return random.Next(2) == 0 ? "999999" : "火星市";
        }

        var division = HunanDivisions.Find(code)!;
        var legacy = year <= 2020 && random.NextDouble() < 0.3;
        if (legacy && division.Level == DivisionLevel.City)
        {
            return code[..4];
        }

        if (legacy && code == HunanDivisions.Yuanling)
        {
            return "433022";
        }

        return random.NextDouble() < 0.7 ? code : CellDirt.Region(random, code);
    }

    public static string Uscc(Random random, string uscc, double publishedShare) =>
        random.NextDouble() < publishedShare ? CellDirt.Uscc(random, uscc).Text : string.Empty;

    public static string Date(Random random, DateOnly date) => CellDirt.Date(date, random.Next(10) switch
    {
        0 => 0,
        1 => 1,
        _ => 2,
    });
}
