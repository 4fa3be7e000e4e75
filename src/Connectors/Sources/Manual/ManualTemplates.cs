using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Connectors.Sources.Manual;

/// <summary>The header of each template (docs/manual-files.md); a file is of the first template whose required columns its header has.</summary>
public static class ManualTemplates
{
    public static ColumnMap RdSpending { get; } = new(
    [
        new(C.EnterpriseName, ["企业名称", "单位名称"], Required: true),
        new(C.Uscc, ["统一社会信用代码", "社会信用代码", "信用代码"], Required: true),
        new(C.Region, ["所属地区", "所在地区", "地区"], Required: true),
        new(C.Year, ["年度", "年份"], Required: true),
        // Only 万元 headers: a column in 元 must not be read as 万元.
        new(C.RdAmountWan, ["研发经费支出（万元）", "研发经费支出万元", "R&D经费支出（万元）", "研发投入（万元）"], Required: true),
    ]);

    public static ColumnMap Platform { get; } = new(
    [
        new(C.PlatformName, ["平台名称"], Required: true),
        new(C.PlatformLevel, ["平台级别", "级别"], Required: true),
        new(C.PlatformType, ["平台类型", "类型"], Required: true),
        new(C.HostName, ["依托单位", "依托单位名称"], Required: true),
        new(C.Uscc, ["统一社会信用代码", "社会信用代码", "依托单位统一社会信用代码"], Required: true),
        new(C.Region, ["所属地区", "所在地区", "地区"], Required: true),
        new(C.RecognizedYear, ["认定年度", "认定年份", "批准年度"], Required: true),
        new(C.Status, ["状态"], Required: true),
    ]);

    public static ColumnMap TargetImport { get; } = new(
    [
        new(C.Year, ["年度", "年份"], Required: true),
        new(C.RegionCode, ["地区代码", "区划代码", "行政区划代码"], Required: true),
        new(C.Metric, ["指标", "指标代码"], Required: true),
        new(C.Kind, ["方式", "目标方式"], Required: true),
        new(C.Value, ["值", "目标值"], Required: true),
        new(C.BaseYear, ["基准年度", "基准年份"], Required: true),
    ]);

    public static ColumnMap RegionalGdp { get; } = new(
    [
        new(C.Year, ["年度", "年份"], Required: true),
        new(C.Region, ["地区", "所属地区", "地区代码", "行政区划代码"], Required: true),
        // Only 亿元 headers: a column in 万元 or 元 must not be read as 亿元.
        new(C.GdpYi, ["地区生产总值（亿元）", "生产总值（亿元）", "GDP（亿元）"], Required: true),
    ]);

    public static ColumnMap ChallengeProject { get; } = new(
    [
        new(C.ProjectName, ["项目名称", "榜单名称"], Required: true),
        new(C.Issuer, ["发榜单位", "需求单位"], Required: true),
        new(C.Region, ["所属地区", "所在地区", "地区"], Required: true),
        new(C.PublishedOn, ["发布日期", "发榜日期"], Required: true),
        // Only 万元 headers, as for R&D spending.
        new(C.RewardWan, ["悬赏金额（万元）", "榜额（万元）", "悬赏金额万元"], Required: true),
        new(C.Status, ["状态"], Required: true),
    ]);

    public static IReadOnlyList<(ManualTemplate Template, ColumnMap Map)> All { get; } =
    [
        (ManualTemplate.RdSpending, RdSpending),
        (ManualTemplate.Platform, Platform),
        (ManualTemplate.TargetImport, TargetImport),
        (ManualTemplate.RegionalGdp, RegionalGdp),
        (ManualTemplate.ChallengeProject, ChallengeProject),
    ];

    /// <summary>The file's template and rows, or null with what the closest header row had.</summary>
    public static TemplateMatch Detect(IReadOnlyList<IReadOnlyList<string?>> rows, string documentUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        TableMapResult? closest = null;
        foreach (var (template, map) in All)
        {
            var result = TableMapper.TryMap(rows, map, documentUrl);
            if (result.Success)
            {
                return new TemplateMatch(template, result.Records, null);
            }

            if (closest is null || result.MissingColumns.Count < closest.MissingColumns.Count)
            {
                closest = result;
            }
        }

        var found = closest is { HeadersFound.Count: > 0 } ? string.Join(" | ", closest.HeadersFound) : "(no header row)";
        return new TemplateMatch(null, null, $"header matches no template: found {found}");
    }
}
