using YuanlingTech.Normalization.Records;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Normalization.Tests.Contracts;

/// <summary>Builds result-table rows for the normalizer tests: a complete row, with any cell overridden.</summary>
internal static class ContractRows
{
    public const string Url = "http://market.example/query.html?month=2025-03&page=1";

    public static RawRecord Row(int rowNumber, params (string Column, string? Value)[] overrides)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Col.RegistrationNo] = "2025431222000123",
            [Col.ProjectName] = "农业领域智能监测开发项目",
            [Col.ContractType] = "技术开发（委托开发）",
            [Col.SellerName] = "沅陵县辰州科技(湖南)有限公司 ",
            [Col.SellerUscc] = "91431222ma4l41y04r",
            [Col.SellerRegion] = "431222",
            [Col.BuyerName] = "长沙华创电子科技有限公司",
            [Col.BuyerUscc] = "",
            [Col.BuyerRegion] = "长沙市",
            [Col.ContractAmount] = "1,234.5678",
            [Col.TechTradeAmount] = "1000",
            [Col.SignedOn] = "2025/2/20",
            [Col.RegisteredOn] = "2025年3月5日",
            [Col.TechField] = "农业",
        };
        foreach (var (column, value) in overrides)
        {
            fields[column] = value;
        }

        return new RawRecord(Url, rowNumber, fields);
    }
}
