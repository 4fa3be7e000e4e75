using YuanlingTech.Connectors.Documents.Tables;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>The columns of a technology-market result table and the header texts that name them.</summary>
public static class MarketColumnMap
{
    public static ColumnMap Default { get; } = new(
    [
        new ColumnSpec(Col.RegistrationNo, ["登记编号", "合同登记编号", "登记号"], Required: true),
        new ColumnSpec(Col.ProjectName, ["项目名称", "合同名称"], Required: true),
        new ColumnSpec(Col.ContractType, ["合同类型", "合同类别"], Required: true),
        new ColumnSpec(Col.SellerName, ["卖方名称", "卖方"], Required: true),
        new ColumnSpec(Col.SellerUscc, ["卖方统一社会信用代码", "卖方信用代码"], Required: true),
        new ColumnSpec(Col.SellerRegion, ["卖方所在地区", "卖方地区", "卖方行政区划代码"], Required: true),
        new ColumnSpec(Col.BuyerName, ["买方名称", "买方"], Required: true),
        new ColumnSpec(Col.BuyerUscc, ["买方统一社会信用代码", "买方信用代码"], Required: true),
        new ColumnSpec(Col.BuyerRegion, ["买方所在地区", "买方地区", "买方行政区划代码"], Required: true),
        new ColumnSpec(Col.ContractAmount, ["合同成交额", "成交额", "合同金额"], Required: true),
        new ColumnSpec(Col.TechTradeAmount, ["技术交易额", "技术性收入"], Required: true),
        new ColumnSpec(Col.SignedOn, ["签订日期", "合同签订日期"]),
        new ColumnSpec(Col.RegisteredOn, ["登记日期", "登记时间"], Required: true),
        new ColumnSpec(Col.TechField, ["技术领域"]),
    ]);
}
