using System.Globalization;
using System.Text;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// Every file the bureau receives up to the horizon, about the county of interest at its real size (the same at
/// every scale), each from the county's own streams so a file's bytes do not depend on AsOf: R&amp;D spending per
/// year (next spring), GDP per year (next February), platform lists (each December, with revocations), 揭榜挂帅 lists,
/// one targets import (csv, GB18030), one file with bad rows and one of an unknown template.
/// </summary>
internal sealed class ManualFilePlanner(int seed, EnterprisePool pool)
{
    public const int FirstYear = 2019;
    public const int LastYear = 2026;

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly string[] RdHeaders = ["企业名称", "统一社会信用代码", "所属地区", "年度", "研发经费支出（万元）"];
    private static readonly string[] PlatformHeaders = ["平台名称", "平台级别", "平台类型", "依托单位", "统一社会信用代码", "所属地区", "认定年度", "状态"];
    private static readonly string[] GdpHeaders = ["年度", "地区", "地区生产总值（亿元）"];
    private static readonly string[] ProjectHeaders = ["项目名称", "发榜单位", "所属地区", "发布日期", "悬赏金额（万元）", "状态"];
    private static readonly Dictionary<int, DateOnly> ProjectDrops = new() { [2025] = new(2025, 12, 20), [2026] = new(2026, 9, 30) };

    public List<ManualDrop> Plan()
    {
        var county = pool.CountyCode;
        var gdp = CountyGdpPlanner.Plan(CountyStreams.Gdp(seed), county);
        var countyGdp = gdp.ToDictionary(g => g.Key, g => g.Value.Single(f => f.RegionCode == county).Yuan);
        var rd = CountyRdPlanner.Plan(CountyStreams.Rd(seed), pool.County, countyGdp);
        var platforms = CountyPlatformPlanner.Plan(CountyStreams.Platforms(seed), pool.County, county);
        var projects = CountyChallengeProjectPlanner.Plan(CountyStreams.Projects(seed), pool.County);
        var plan = new List<ManualDrop>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            plan.Add(new ManualDrop(Xlsx($"研发经费支出-{year}.xlsx", new DateOnly(year + 1, 3, 31), "rd_spending", RdHeaders, [.. rd[year].Select(RdRow)], []))
            {
                Rd = rd[year],
            });
            plan.Add(new ManualDrop(Xlsx($"地区生产总值-{year}.xlsx", new DateOnly(year + 1, 2, 20), "regional_gdp", GdpHeaders, [.. gdp[year].Select(GdpRow)], []))
            {
                Gdp = gdp[year],
            });
            plan.Add(new ManualDrop(Xlsx($"创新平台名单-{year}.xlsx", new DateOnly(year, 12, 15), "platform", PlatformHeaders, [.. platforms[year].Select(PlatformRow)], []))
            {
                Platforms = platforms[year],
            });
        }

        foreach (var (year, list) in projects)
        {
            plan.Add(new ManualDrop(Xlsx($"揭榜挂帅项目-{year}.xlsx", ProjectDrops[year], "challenge_project", ProjectHeaders, [.. list.Select(ProjectRow)], []))
            {
                Projects = list,
            });
        }

        var targets = TargetRows(county);
        plan.Add(new ManualDrop(Targets(targets)) { Targets = targets.Length });
        plan.Add(new ManualDrop(Broken()));
        plan.Add(new ManualDrop(Xlsx("会议通知-科技活动周.xlsx", new DateOnly(2025, 5, 20), null, ["序号", "活动名称", "时间", "地点"],
            [["1", "科技活动周启动仪式", "2025-05-25", "沅陵县科技馆"]], ["header matches no template: found 序号 | 活动名称 | 时间 | 地点"])));
        return [.. plan.OrderBy(p => p.File.Truth.DroppedOn).ThenBy(p => p.File.Truth.Name, StringComparer.Ordinal)];
    }

    private static string[][] TargetRows(string county) =>
    [
        ["2026", county, "hnte.valid_count", "absolute", "52", ""],
        ["2026", county, "hnte.new", "absolute", "22", ""],
        ["2026", county, "techsme.registered", "absolute", "240", ""],
        ["2026", county, "contracts.turnover", "growth", "15", "2025"],
        ["2026", county, "loans.kv_amount", "absolute", "3500万元", ""],
        ["2026", county, "rd.enterprises", "absolute", "44", ""],
        ["2026", county, "rd.intensity", "growth", "20%", "2025"],
        ["2026", county, "platforms.count", "absolute", "32", ""],
    ];

    private static object?[] RdRow(RdFact f) =>
    [
        f.Dirt == 1 ? f.Firm.Name.Replace('（', '(').Replace('）', ')') : f.Firm.Name,
        f.Firm.Uscc,
        f.Dirt == 2 ? f.Firm.RegionCode : HunanDivisions.Find(f.Firm.RegionCode)!.Name,
        f.Dirt == 3 ? $"{f.Year}年" : f.Year,
        f.Dirt == 0 ? f.AmountWan.ToString("#,##0.00", CultureInfo.InvariantCulture) : f.AmountWan,
    ];

    private static object?[] GdpRow(GdpFact g) => [g.Year, HunanDivisions.Find(g.RegionCode)!.Name, g.Yi];

    private static object?[] PlatformRow(PlatformFact p) =>
    [
        p.Name, p.Level.Text, p.Name[^CountyPlatformPlanner.Types.First(p.Name.EndsWith).Length..], p.Host.Name, p.Host.Uscc,
        HunanDivisions.Find(p.Host.RegionCode)!.Name, p.Year, p.Status == "valid" ? "有效" : "撤销",
    ];

    private static object?[] ProjectRow(ChallengeProjectFact p) =>
    [
        p.Name, p.Issuer.Name, HunanDivisions.Find(p.Issuer.RegionCode)!.Name, p.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.RewardWan, p.Status,
    ];

    private static PlannedFile Targets(string[][] rows)
    {
        var text = new StringBuilder("年度,地区代码,指标,方式,值,基准年度\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row)).Append("\r\n");
        }

        var truth = new ManualFileTruth("目标任务-2026.csv", new DateOnly(2026, 1, 10), "target_import", "archive", rows.Length, []);
        var bytes = Gb18030.GetBytes(text.ToString());
        return new PlannedFile(truth, () => bytes);
    }

    private PlannedFile Broken()
    {
        var random = new Random(unchecked(seed + 7_100 + 900));
        var firms = pool.County.OrderBy(_ => random.Next()).Take(3).ToList();
        var county = HunanDivisions.Find(pool.CountyCode)!.Name;
        var uscc = firms[1].Uscc;
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var bad = uscc[..^1] + Alphabet[(Alphabet.IndexOf(uscc[^1], StringComparison.Ordinal) + 1) % Alphabet.Length];
        List<object?[]> rows =
        [
            [firms[0].Name, firms[0].Uscc, county, 2024, 120.5m],
            [firms[1].Name, bad, county, 2024, 88m],
            [firms[2].Name, firms[2].Uscc, county, "20X4", 45m],
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
        return new PlannedFile(new ManualFileTruth(name, dropOn, template, destination, template is null ? 0 : rows.Count, reasons), () => Site.XlsxWriter.Write(table));
    }
}
