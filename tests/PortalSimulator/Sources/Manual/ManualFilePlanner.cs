using System.Globalization;
using System.Text;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// Every file the bureau receives up to the horizon, each from its own seeded Random, so a file's bytes do
/// not depend on AsOf: R&amp;D spending per year (next spring), platform lists (each December, with
/// revocations), one targets import (csv, GB18030), one file with bad rows and one of an unknown template.
/// </summary>
internal sealed class ManualFilePlanner(int seed, double scale, EnterprisePool pool)
{
    public const int SeedOffset = 7_100;
    public const int FirstYear = 2019;
    public const int LastYear = 2026;

    private static readonly string[] PlatformTypes = ["工程技术研究中心", "重点实验室", "企业技术中心", "院士专家工作站", "众创空间"];
    private static readonly string[] Topics = ["特色农产品", "生物医药", "新材料", "智能装备", "茶叶精深加工", "水电新能源", "竹木加工", "电子信息"];
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private readonly HashSet<(string, int)> _platformKeys = [];

    private static readonly (string Text, string Code)[] Levels = [("国家级", "national"), ("省级", "provincial"), ("市级", "municipal")];

    public List<(PlannedFile File, IReadOnlyList<RdFact> Rd, IReadOnlyList<PlatformFact> Platforms, int Targets)> Plan()
    {
        var plan = new List<(PlannedFile, IReadOnlyList<RdFact>, IReadOnlyList<PlatformFact>, int)>();
        var platforms = new List<PlatformFact>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var rd = RdSpending(year);
            plan.Add((Xlsx($"研发经费支出-{year}.xlsx", new DateOnly(year + 1, 3, 31), "rd_spending", RdHeaders, rd.Select(RdRow).ToList(), []), rd, [], 0));
            var yearPlatforms = Platforms(year, platforms);
            platforms.AddRange(yearPlatforms.Where(p => p.Status == "valid"));
            plan.Add((Xlsx($"创新平台名单-{year}.xlsx", new DateOnly(year, 12, 15), "platform", PlatformHeaders, yearPlatforms.Select(PlatformRow).ToList(), []), [], yearPlatforms, 0));
        }

        plan.Add((Targets(), [], [], TargetRows.Length));
        plan.Add((Broken(), [], [], 0));
        plan.Add((Xlsx("会议通知-科技活动周.xlsx", new DateOnly(2025, 5, 20), null, ["序号", "活动名称", "时间", "地点"],
            [["1", "科技活动周启动仪式", "2025-05-25", "沅陵县科技馆"]], ["header matches no template: found 序号 | 活动名称 | 时间 | 地点"]), [], [], 0));
        return [.. plan.OrderBy(p => p.Item1.Truth.DroppedOn).ThenBy(p => p.Item1.Truth.Name, StringComparer.Ordinal)];
    }

    private static readonly string[] RdHeaders = ["企业名称", "统一社会信用代码", "所属地区", "年度", "研发经费支出（万元）"];
    private static readonly string[] PlatformHeaders = ["平台名称", "平台级别", "平台类型", "依托单位", "统一社会信用代码", "所属地区", "认定年度", "状态"];

    private static readonly string[][] TargetRows =
    [
        ["2026", "431222", "hnte.valid_count", "absolute", "52", ""],
        ["2026", "431222", "hnte.new", "absolute", "20", ""],
        ["2026", "431222", "techsme.registered", "absolute", "230", ""],
        ["2026", "431222", "contracts.turnover", "growth", "15", "2025"],
        ["2026", "431222", "loans.kv_amount", "absolute", "3500万元", ""],
        ["2026", "431222", "rd.enterprises", "absolute", "45", ""],
        ["2026", "431222", "rd.intensity", "growth", "20%", "2025"],
        ["2026", "431222", "platforms.count", "absolute", "33", ""],
    ];

    private List<RdFact> RdSpending(int year)
    {
        var random = new Random(seed + SeedOffset + year);
        var count = Math.Clamp((int)Math.Round(40 * scale), 6, pool.Yuanling.Count);
        return [.. pool.Yuanling.OrderBy(_ => random.Next()).Take(count)
            .Select(firm => new RdFact(firm, year, random.Next(5_000, 300_000) / 100m, random.Next(4)))];
    }

    private List<PlatformFact> Platforms(int year, List<PlatformFact> existing)
    {
        var random = new Random(seed + SeedOffset + 100 + year);
        var count = Math.Max(2, (int)Math.Round(30.0 / (LastYear - FirstYear + 1) * scale));
        var result = new List<PlatformFact>();
        while (result.Count < count)
        {
            var host = pool.Yuanling[random.Next(pool.Yuanling.Count)];
            var name = $"沅陵县{Topics[random.Next(Topics.Length)]}{PlatformTypes[random.Next(PlatformTypes.Length)]}";
            if (_platformKeys.Add((name, host.Index)))
            {
                result.Add(new PlatformFact(name, host, Levels[random.Next(10) switch { 0 => 0, < 5 => 1, _ => 2 }], year, "valid"));
            }
        }

        // A platform recognized earlier fails its review: this year's list carries it as 撤销.
        if (existing.Count > 0 && random.NextDouble() < 0.6)
        {
            var revoked = existing[random.Next(existing.Count)];
            existing.Remove(revoked);
            result.Add(revoked with { Status = "revoked" });
        }

        return result;
    }

    private static object?[] RdRow(RdFact f) =>
    [
        f.Dirt == 1 ? f.Firm.Name.Replace('（', '(').Replace('）', ')') : f.Firm.Name,
        f.Firm.Uscc,
        f.Dirt == 2 ? f.Firm.RegionCode : HunanDivisions.Find(f.Firm.RegionCode)!.Name,
        f.Dirt == 3 ? $"{f.Year}年" : f.Year,
        f.Dirt == 0 ? f.AmountWan.ToString("#,##0.00", CultureInfo.InvariantCulture) : f.AmountWan,
    ];

    private static object?[] PlatformRow(PlatformFact p) =>
    [
        p.Name, p.Level.Text, p.Name[^PlatformTypes.First(p.Name.EndsWith).Length..], p.Host.Name, p.Host.Uscc,
        HunanDivisions.Find(p.Host.RegionCode)!.Name, p.Year, p.Status == "valid" ? "有效" : "撤销",
    ];

    private static PlannedFile Targets()
    {
        var text = new StringBuilder("年度,地区代码,指标,方式,值,基准年度\r\n");
        foreach (var row in TargetRows)
        {
            text.Append(string.Join(',', row)).Append("\r\n");
        }

        var truth = new ManualFileTruth("目标任务-2026.csv", new DateOnly(2026, 1, 10), "target_import", "archive", TargetRows.Length, []);
        return new PlannedFile(truth, Gb18030.GetBytes(text.ToString()));
    }

    private PlannedFile Broken()
    {
        var random = new Random(seed + SeedOffset + 900);
        var firms = pool.Yuanling.OrderBy(_ => random.Next()).Take(3).ToList();
        var uscc = firms[1].Uscc;
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var bad = uscc[..^1] + Alphabet[(Alphabet.IndexOf(uscc[^1], StringComparison.Ordinal) + 1) % Alphabet.Length];
        List<object?[]> rows =
        [
            [firms[0].Name, firms[0].Uscc, "沅陵县", 2024, 120.5m],
            [firms[1].Name, bad, "沅陵县", 2024, 88m],
            [firms[2].Name, firms[2].Uscc, "沅陵县", "20X4", 45m],
        ];
        return Xlsx("研发经费支出-2024-补报.xlsx", new DateOnly(2025, 4, 15), "rd_spending", RdHeaders, rows,
        [
            $"row 2: 统一社会信用代码 '{bad}' is not a valid USCC (check_failed)",
            "row 3: 年度 '20X4' is not a year (2000-2100)",
        ]);
    }

    private static PlannedFile Xlsx(string name, DateOnly dropOn, string? template, string[] headers, List<object?[]> rows, IReadOnlyList<string> reasons)
    {
        var table = new PublishedTable(TableStyle.Plain, null, headers);
        table.Rows.AddRange(rows);
        var destination = reasons.Count == 0 ? "archive" : "rejected";
        return new PlannedFile(new ManualFileTruth(name, dropOn, template, destination, template is null ? 0 : rows.Count, reasons), Site.XlsxWriter.Write(table));
    }
}
