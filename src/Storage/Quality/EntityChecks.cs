using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Quality;

/// <summary>Entity resolution: links agree with their method; what needs a person is counted as a warning.</summary>
public static class EntityChecks
{
    public static IReadOnlyList<DataQualityCheck> All { get; } =
    [
        .. FactLinks().Select(LinkAgreesWithMethod),
        new("entity:ambiguous_matches", "entity", CheckSeverity.Warn,
            "published names that fit more than one enterprise are left unlinked for review (report.enterprise_match_review).",
            "公布的名称对应多家企业时不自动关联，留待人工核对（report.enterprise_match_review）。",
            "SELECT DISTINCT fact_table, fact_id, party, published_name, region_code FROM report.enterprise_match_review"),
        new("entity:shared_names", "entity", CheckSeverity.Warn,
            "one name under two USCCs is flagged, not merged (report.enterprise_shared_name).",
            "同一名称对应两个统一社会信用代码时只标记、不合并（report.enterprise_shared_name）。",
            "SELECT name_key, string_agg(uscc, ', ' ORDER BY uscc) AS usccs FROM report.enterprise_shared_name GROUP BY name_key"),
        new("entity:region_conflicts", "entity", CheckSeverity.Warn,
            "an enterprise's sources and USCC division agree on where it is (report.enterprise_region_conflict).",
            "企业所属地区在各数据源与统一社会信用代码的行政区划之间应一致（report.enterprise_region_conflict）。",
            "SELECT DISTINCT enterprise_id, uscc, name FROM report.enterprise_region_conflict"),
    ];

    private static IEnumerable<(string Table, string Prefix)> FactLinks() =>
    [
        (WarehouseCheckCatalog.Certification, ""),
        (WarehouseCheckCatalog.Loan, ""),
        (WarehouseCheckCatalog.TechContract, "seller_"),
        (WarehouseCheckCatalog.TechContract, "buyer_"),
        (WarehouseCheckCatalog.RdSpending, ""),
        (WarehouseCheckCatalog.Platform, ""),
    ];

    private static DataQualityCheck LinkAgreesWithMethod((string Table, string Prefix) link) => new(
        $"entity:link_method:{link.Table}.{link.Prefix}enterprise_id", "entity", CheckSeverity.Error,
        $"{link.Table}.{link.Prefix}enterprise_id is set exactly when {link.Prefix}match_method links (not ambiguous or none), with a confidence to match.",
        $"{link.Table}.{link.Prefix}enterprise_id 仅在 {link.Prefix}match_method 为已关联（非 ambiguous、none）时填写，且匹配置信度与之相符。",
        $"""
        SELECT id, {link.Prefix}enterprise_id AS enterprise_id, {link.Prefix}match_method AS match_method, {link.Prefix}match_confidence AS confidence
        FROM {link.Table}
        WHERE ({link.Prefix}enterprise_id IS NULL) <> ({link.Prefix}match_method IN {MatchMethods.UnlinkedSql})
           OR ({link.Prefix}match_confidence = 0) <> ({link.Prefix}match_method IN {MatchMethods.UnlinkedSql})
        """);
}
