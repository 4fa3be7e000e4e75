using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;

/// <summary>Published header aliases of tech-SME lists, mapped onto <see cref="RawColumns"/> (入库登记编号 → certificate_no).</summary>
public static class TechSmeColumnMaps
{
    private static readonly ColumnSpec SerialNo = new(RawColumns.SerialNo, ["序号"]);
    private static readonly ColumnSpec EnterpriseName = new(RawColumns.EnterpriseName, ["企业名称", "单位名称", "企业名字"], Required: true);
    private static readonly ColumnSpec Uscc = new(RawColumns.Uscc, ["统一社会信用代码", "社会信用代码", "信用代码"]);
    private static readonly ColumnSpec Region = new(RawColumns.Region, ["所属地区", "所属市州", "地区", "所在地区", "所在地", "所属区域"]);
    private static readonly ColumnSpec Number = new(RawColumns.CertificateNo, ["入库登记编号", "登记编号", "入库编号", "科技型中小企业入库登记编号"]);
    private static readonly ColumnSpec Reason = new(RawColumns.RevocationReason, ["撤销原因", "移出原因", "原因"]);

    public static ColumnMap Proposed { get; } = new([SerialNo, EnterpriseName, Uscc, Region, Number]);

    public static ColumnMap Registered { get; } = new([SerialNo, EnterpriseName, Uscc, Region, Number with { Required = true }]);

    public static ColumnMap Removed { get; } = new([SerialNo, EnterpriseName, Uscc, Region, Number with { Required = true }, Reason]);

    public static ColumnMap For(TechSmeListKind kind) => kind switch
    {
        TechSmeListKind.Proposed => Proposed,
        TechSmeListKind.Registered or TechSmeListKind.Corrected => Registered,
        TechSmeListKind.Removed => Removed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown tech-SME list kind."),
    };
}
