namespace YuanlingTech.Evaluation.Review;

/// <summary>
/// Labels of the year in review (console, dashboard page, xlsx sheet): Chinese by default, English by configuration
/// (<c>Targets:Language</c>). The paragraph is always in the work summary's Chinese phrasing; metric labels come from
/// <c>MetricCatalog</c>.
/// </summary>
public sealed record ReviewLabels(
    string Title,
    string Menu,
    string SheetName,
    string NoData,
    string Years,
    string Metric,
    string YearColumn,
    string YearOnYear,
    string Opening,
    string VersusOpening,
    string Change,
    string Unit,
    string Unavailable,
    string UnknownRegion,
    string Sources,
    string Rows,
    string NoRows,
    string Total,
    string Colon)
{
    private static readonly ReviewLabels Zh = new(
        "{0}年度回顾 · {1}（{2}）",
        "Review · 年度回顾",
        "年度回顾",
        "{0}年没有数据：{1}（{2}）在数据仓库中没有该年的记录。",
        "年份",
        "指标",
        "{0}年",
        "同比",
        "“十四五”初（2020–2021年均）",
        "较“十四五”初",
        "增减",
        "单位",
        "未计算",
        "未知地区 {0}：请使用湖南省的行政区划代码（如 431222）。",
        "数据来源",
        "行",
        "无数据行",
        "合计 {0} 个文件，{1} 行",
        "：");

    private static readonly ReviewLabels En = new(
        "{0} in review · {1} ({2})",
        "Review · 年度回顾",
        "Year in review",
        "no data for {0}: {1} ({2}) has no records of that year in the warehouse.",
        "Years",
        "Metric",
        "{0}",
        "Year on year",
        "14th FYP start (2020–2021 mean)",
        "vs 14th FYP start",
        "change",
        "Unit",
        "not computed",
        "unknown region {0}: use a division code of Hunan (e.g. 431222).",
        "Sources",
        "rows",
        "no rows",
        "{0} documents, {1} rows in all",
        ": ");

    public static ReviewLabels For(string language) => language == "en" ? En : Zh;
}
