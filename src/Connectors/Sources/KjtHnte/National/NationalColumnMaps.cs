using YuanlingTech.Connectors.Documents.Tables;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KjtHnte.National;

/// <summary>Published header aliases of the national filing and rename lists.</summary>
public static class NationalColumnMaps
{
    /// <summary>序号, 企业名称, 证书编号, 发证日期 (+ 所属地区): the provincial recognized map.</summary>
    public static ColumnMap Filing => HnteColumnMaps.Recognized;

    public static ColumnMap Rename { get; } = new(
    [
        new ColumnSpec(RawColumns.SerialNo, ["序号", "编号"]),
        new ColumnSpec(HnteRenameColumns.OldName, ["原企业名称", "原名称", "更名前企业名称"], Required: true),
        new ColumnSpec(HnteRenameColumns.NewName, ["现企业名称", "新企业名称", "现名称", "更名后企业名称"], Required: true),
        new ColumnSpec(RawColumns.CertificateNo, ["证书编号", "高新技术企业证书编号"], Required: true),
    ]);

    public static ColumnMap For(NationalListKind kind) => kind == NationalListKind.Filing ? Filing : Rename;
}
