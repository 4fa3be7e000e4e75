namespace YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

/// <summary>Regular expressions that classify tech-SME notice titles; configurable because portals word titles differently.</summary>
public sealed record TechSmeTitlePatterns
{
    /// <summary>Every tech-SME list title names the register; nothing else (HNTE lists included) is opened.</summary>
    public string Required { get; init; } = "科技型中小企业";

    public string Removed { get; init; } = "撤销|移出";

    public string Corrected { get; init; } = "更正|调整";

    public string Proposed { get; init; } = "拟入库|公示";

    public string Registered { get; init; } = "入库.*名单|名单.*入库|公布|公告";

    /// <summary>Year and batch: group 1 = year, group 3 = batch number in Chinese numerals or digits.</summary>
    public string YearAndBatch { get; init; } = @"(\d{4})年(度)?第([一二三四五六七八九十〇零两\d]+)批";

    /// <summary>Year alone, when the title names no batch.</summary>
    public string YearOnly { get; init; } = @"((?:19|20)\d{2})\s*年";
}
