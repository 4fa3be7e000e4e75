namespace YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

/// <summary>Regular expressions that classify notice titles; configurable because portals word titles differently.</summary>
public sealed record HnteTitlePatterns
{
    public string Revoked { get; init; } = "取消.*高新技术企业资格";

    public string Proposed { get; init; } = "拟认定.*高新技术企业";

    public string Recognized { get; init; } = "高新技术企业.*认定名单|认定.*高新技术企业名单|高新技术企业名单.*(公布|公告)";

    /// <summary>Titles matching this never classify (tech-SME lists share the column and much of the wording).</summary>
    public string Excluded { get; init; } = "科技型中小企业";

    /// <summary>Year and batch: group 1 = year, group 3 = batch number in Chinese numerals or digits.</summary>
    public string YearAndBatch { get; init; } = @"(\d{4})年(度)?第([一二三四五六七八九十〇零两\d]+)批";

    /// <summary>Year alone, when the title names no batch.</summary>
    public string YearOnly { get; init; } = @"((?:19|20)\d{2})\s*年";
}
