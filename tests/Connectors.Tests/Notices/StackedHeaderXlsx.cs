namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>HNTE lists as offices lay them out in Excel: a merged title, header cells merged over two or three rows, merged data cells.</summary>
internal static class StackedHeaderXlsx
{
    /// <summary>
    /// A recognized list: 序号, 证书编号, 发证日期 and 所属地区 merged down both header rows, 企业信息 over 企业名称 | 统一社会信用代码;
    /// the five rows share one 发证日期 and one 所属地区, each merged over them.
    /// </summary>
    public static MemoryStream TwoRowRecognized() => RawXlsx.Create(
        RawXlsx.InlineRows(
            ["湖南省2024年第一批认定高新技术企业名单"],
            ["序号", "企业信息", null, "证书编号", "发证日期", "所属地区"],
            [null, "企业名称", "统一社会信用代码"],
            ["1", "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "GR202443000101", "2024-03-05", "怀化市"],
            ["2", "湖南五强溪新能源有限公司", "91431222MA4L41Y05P", "GR202443000102"],
            ["3", "怀化三联机械有限公司", null, "GR202443000103"],
            ["4", "辰溪县华源科技有限公司", "91431223MA4L41Y06N", "GR202443000104"],
            ["5", "溆浦县金源农业科技有限公司", "91431224MA4L41Y07L", "GR202443000105"]),
        merges: ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "E4:E8", "F4:F8"]);

    /// <summary>
    /// The same list under a three-row header: 企业信息 › 基本信息 › 企业名称 | 统一社会信用代码, 企业信息 › 所属地区,
    /// 认定信息 › 证书编号 | 发证日期, 序号 merged down all three rows.
    /// </summary>
    public static MemoryStream ThreeRowRecognized() => RawXlsx.Create(
        RawXlsx.InlineRows(
            ["序号", "企业信息", null, null, "认定信息"],
            [null, "基本信息", null, "所属地区", "证书编号", "发证日期"],
            [null, "企业名称", "统一社会信用代码"],
            ["1", "沅陵县辰州矿业科技有限公司", "91431222MA4L41Y04R", "怀化市", "GR202443000101", "2024-03-05"],
            ["2", "湖南五强溪新能源有限公司", "91431222MA4L41Y05P", "怀化市", "GR202443000102", "2024-03-06"]),
        merges: ["A1:A3", "B1:D1", "E1:F1", "B2:C2", "D2:D3", "E2:E3", "F2:F3"]);
}
