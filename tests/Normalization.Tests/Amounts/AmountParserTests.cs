using YuanlingTech.Normalization.Amounts;

namespace YuanlingTech.Normalization.Tests.Amounts;

public class AmountParserTests
{
    [Theory]
    [InlineData("14.5亿元", AmountUnit.Yuan, "1450000000")]
    [InlineData("3100万元", AmountUnit.Yuan, "31000000")]
    [InlineData("1,234.56", AmountUnit.Yuan, "1234.56")]
    [InlineData("１２３４", AmountUnit.Yuan, "1234")]
    [InlineData("¥1,000元", AmountUnit.WanYuan, "1000")]
    [InlineData("￥1,000", AmountUnit.Yuan, "1000")]
    [InlineData("3,100 万元", AmountUnit.Yuan, "31000000")]
    [InlineData("160.24亿元", AmountUnit.Yuan, "16024000000")]
    [InlineData("1.5377亿元", AmountUnit.Yuan, "153770000")]
    [InlineData("16.675亿元", AmountUnit.Yuan, "1667500000")]
    [InlineData("3100", AmountUnit.WanYuan, "31000000")]
    [InlineData("1.5", AmountUnit.YiYuan, "150000000")]
    [InlineData("12.3456", AmountUnit.Yuan, "12.35")]
    [InlineData("0.125", AmountUnit.Yuan, "0.12")]
    [InlineData("0.135", AmountUnit.Yuan, "0.14")]
    [InlineData("1.23456789万", AmountUnit.Yuan, "12345.68")]
    [InlineData("人民币50万元", AmountUnit.Yuan, "500000")]
    public void ParseYuan_ReturnsExactYuan_WhenAmountIsPublishedForm(string raw, AmountUnit unit, string expected)
    {
        var result = AmountParser.ParseYuan(raw, unit);

        Assert.Null(result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Yuan);
    }

    [Theory]
    [InlineData("abc", "'abc' is not an amount")]
    [InlineData("74.21%", "'74.21%' is not an amount")]
    [InlineData("1.2.3万元", "'1.2.3万元' is not an amount")]
    [InlineData("万元", "'万元' is not an amount")]
    [InlineData(null, "amount is empty")]
    [InlineData("  ", "amount is empty")]
    public void ParseYuan_ReturnsError_WhenTextIsNotAnAmount(string? raw, string error)
    {
        var result = AmountParser.ParseYuan(raw, AmountUnit.Yuan);

        Assert.Null(result.Yuan);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", AmountUnit.YiYuan, "'79228162514264337593543950335' is too large to be an amount")]
    [InlineData("-79228162514264337593543950335万元", AmountUnit.Yuan, "'-79228162514264337593543950335万元' is too large to be an amount")]
    [InlineData("792281625142643375935439504亿", AmountUnit.Yuan, "'792281625142643375935439504亿' is too large to be an amount")]
    [InlineData("1" + "00000000000000000000000000000000000000", AmountUnit.Yuan, "'1" + "00000000000000000000000000000000000000' is not an amount")]
    public void ParseYuan_ReturnsError_WhenAmountOverflowsDecimal(string raw, AmountUnit unit, string error)
    {
        var result = AmountParser.ParseYuan(raw, unit);

        Assert.Null(result.Yuan);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void ParseYuan_ReturnsLargestYuan_WhenAmountFitsDecimalAfterUnit()
    {
        var result = AmountParser.ParseYuan("792281625142643375935.43950335亿", AmountUnit.Yuan);

        Assert.Equal(79228162514264337593543950335m, result.Yuan);
    }

    [Theory]
    [InlineData("14.5亿元")]
    [InlineData("1.23456789万")]
    [InlineData("¥1,000元")]
    public void ParseYuan_IsIdempotent_WhenParsingItsOwnResultInYuan(string raw)
    {
        var once = AmountParser.ParseYuan(raw, AmountUnit.Yuan).Yuan;
        var twice = AmountParser.ParseYuan(once?.ToString(System.Globalization.CultureInfo.InvariantCulture), AmountUnit.Yuan).Yuan;

        Assert.Equal(once, twice);
    }
}
