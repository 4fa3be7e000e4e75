using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KjtHnte.Extraction;

/// <summary>Published header aliases of the three HNTE list kinds, mapped onto <see cref="RawColumns"/>.</summary>
public static class HnteColumnMaps
{
    private static readonly ColumnSpec SerialNo = new(RawColumns.SerialNo, ["序号", "编号"]);
    private static readonly ColumnSpec EnterpriseName = new(RawColumns.EnterpriseName, ["企业名称", "单位名称", "企业名字"], Required: true);
    private static readonly ColumnSpec Uscc = new(RawColumns.Uscc, ["统一社会信用代码", "社会信用代码", "信用代码"]);
    private static readonly ColumnSpec Region = new(RawColumns.Region, ["所属地区", "所属市州", "地区", "所在地区", "所在地"]);
    private static readonly ColumnSpec CertificateNo = new(RawColumns.CertificateNo, ["证书编号", "高新技术企业证书编号"]);
    private static readonly ColumnSpec IssueDate = new(RawColumns.IssueDate, ["发证日期", "发证时间", "认定日期"]);
    private static readonly ColumnSpec RevocationReason = new(RawColumns.RevocationReason, ["取消原因", "原因"]);
    private static readonly ColumnSpec RevocationYear = new(RawColumns.RevocationYear, ["取消年度", "取消年份"]);

    public static ColumnMap Proposed { get; } = new([SerialNo, EnterpriseName, Uscc, Region]);

    public static ColumnMap Recognized { get; } =
        new([SerialNo, EnterpriseName, Uscc, Region, CertificateNo with { Required = true }, IssueDate]);

    public static ColumnMap Revoked { get; } =
        new([SerialNo, EnterpriseName, Uscc, Region, CertificateNo, RevocationReason, RevocationYear]);

    public static ColumnMap For(HnteListKind kind) => kind switch
    {
        HnteListKind.Proposed => Proposed,
        HnteListKind.Recognized => Recognized,
        HnteListKind.Revoked => Revoked,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown HNTE list kind."),
    };
}
