using YuanlingTech.Normalization.Contracts;
using Col = YuanlingTech.Normalization.Contracts.TechContractColumns;

namespace YuanlingTech.Normalization.Tests.Contracts;

public class TechContractNormalizerTests
{
    [Fact]
    public void Normalize_ReturnsCleanContract_WhenRowIsComplete()
    {
        var result = TechContractNormalizer.Normalize([ContractRows.Row(1)]);

        Assert.Empty(result.Rejects);
        var record = Assert.Single(result.Records);
        Assert.Equal("2025431222000123", record.RegistrationNo);
        Assert.Equal("技术开发", record.ContractType);
        Assert.Equal("委托开发", record.ContractSubtype);
        Assert.Equal("开发", record.ReportingBucket);
        Assert.Equal(12_345_678m, record.ContractAmount);
        Assert.Equal(10_000_000m, record.TechTradeAmount);
        Assert.Equal(new DateOnly(2025, 2, 20), record.SignedOn);
        Assert.Equal(new DateOnly(2025, 3, 5), record.RegisteredOn);
        Assert.Equal("农业", record.TechField);
        Assert.Equal("沅陵县辰州科技（湖南）有限公司", record.Seller.Name);
        Assert.Equal("沅陵县辰州科技湖南有限公司", record.Seller.NameKey);
        Assert.Equal("91431222MA4L41Y04R", record.Seller.Uscc);
        Assert.Equal("valid", record.Seller.UsccQuality);
        Assert.Equal("431222", record.Seller.RegionCode);
        Assert.Null(record.Buyer.Uscc);
        Assert.Equal("absent", record.Buyer.UsccQuality);
        Assert.Equal("430100", record.Buyer.RegionCode);
        Assert.Equal((ContractRows.Url, 1), (record.DocumentUrl, record.RowNumber));
    }

    [Theory]
    [InlineData("技术开发（合作开发）", "技术开发", "合作开发", "开发")]
    [InlineData("技术转让(专利权转让)", "技术转让", "专利权转让", "转让")]
    [InlineData("技术许可（专利实施许可）", "技术许可", "专利实施许可", "转让")]
    [InlineData("技术咨询", "技术咨询", null, "咨询")]
    [InlineData("技术服务（技术中介）", "技术服务", "技术中介", "服务")]
    [InlineData(" 技术服务合同 ", "技术服务", null, "服务")]
    public void Normalize_MapsTypeToSubtypeAndBucket_WhenTypeIsPublished(string published, string type, string? subtype, string bucket)
    {
        var record = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (Col.ContractType, published))]).Records);

        Assert.Equal((type, subtype, bucket), (record.ContractType, record.ContractSubtype, record.ReportingBucket));
    }

    [Theory]
    [InlineData("２０２５４３１２２２０００１２３", "2025431222000123")]
    [InlineData("2025 4312 22000123", "2025431222000123")]
    [InlineData("25431222000123", "25431222000123")]
    public void Normalize_AcceptsFourteenAndSixteenDigitNumbers_WhenWrittenWithDirt(string published, string expected)
    {
        var record = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (Col.RegistrationNo, published))]).Records);

        Assert.Equal(expected, record.RegistrationNo);
    }

    [Theory]
    [InlineData("12.5", 125_000)]
    [InlineData("0.000001", 0.01)]
    [InlineData("１２３４.５", 12_345_000)]
    [InlineData("98,765.432101", 987_654_321.01)]
    public void Normalize_ConvertsWanYuanToExactYuan_WhenAmountHasDecimals(string published, double yuan)
    {
        var record = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (Col.ContractAmount, published), (Col.TechTradeAmount, "0"))]).Records);

        Assert.Equal((decimal)yuan, record.ContractAmount);
    }

    [Theory]
    [InlineData("4312", "431200")]
    [InlineData("433022", "431222")]
    [InlineData("湖南省怀化市沅陵县", "431222")]
    public void Normalize_ResolvesLegacyCodesAndNames_WhenRegionIsNotSixDigitCurrent(string published, string code)
    {
        var record = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (Col.SellerRegion, published))]).Records);

        Assert.Equal(code, record.Seller.RegionCode);
    }

    [Fact]
    public void Normalize_KeepsRowAndFlagsUscc_WhenCheckCharacterIsWrong()
    {
        var record = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (Col.SellerUscc, "91431222MA4PWQ3B10"))]).Records);

        Assert.Null(record.Seller.Uscc);
        Assert.Equal("91431222MA4PWQ3B10", record.Seller.UsccPublished);
        Assert.Equal("check_failed", record.Seller.UsccQuality);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenNumberAmountAndRegionAreBad()
    {
        var row = ContractRows.Row(7, (Col.RegistrationNo, "202543122200012"), (Col.ContractAmount, "待定"), (Col.BuyerRegion, "999999"));

        var result = TechContractNormalizer.Normalize([row]);

        Assert.Empty(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(7, reject.RowNumber);
        Assert.Equal(3, reject.Reasons.Count);
        Assert.Contains(reject.Reasons, r => r.Contains("登记编号", StringComparison.Ordinal));
        Assert.Contains(reject.Reasons, r => r.Contains("合同成交额", StringComparison.Ordinal));
        Assert.Contains(reject.Reasons, r => r.Contains("买方所在地区 '999999'", StringComparison.Ordinal));
        Assert.Equal("待定", reject.RawValues[Col.ContractAmount]);
    }

    [Theory]
    [InlineData(Col.ContractType, "技术合作", "合同类型")]
    [InlineData(Col.RegisteredOn, "", "登记日期 is missing")]
    [InlineData(Col.RegisteredOn, "2025-02-30", "登记日期")]
    [InlineData(Col.SellerName, " ", "卖方名称 is empty")]
    [InlineData(Col.SellerRegion, "火星市", "卖方所在地区")]
    [InlineData(Col.TechTradeAmount, "2000", "exceeds 合同成交额")]
    public void Normalize_Rejects_WhenOneFieldIsBad(string column, string value, string reason)
    {
        var reject = Assert.Single(TechContractNormalizer.Normalize([ContractRows.Row(1, (column, value))]).Rejects);

        Assert.Contains(reject.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_RejectsTheRepeat_WhenANumberAppearsTwice()
    {
        var result = TechContractNormalizer.Normalize([ContractRows.Row(1), ContractRows.Row(2)]);

        Assert.Single(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(2, reject.RowNumber);
        Assert.Contains("repeated", reject.Reasons[0], StringComparison.Ordinal);
    }
}
