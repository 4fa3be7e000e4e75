using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Loans;

public sealed class LoanRecordNormalizerTests
{
    [Theory]
    [InlineData("500000", 500000)]
    [InlineData("500000.50", 500000.50)]
    [InlineData("50万元", 500000)]
    [InlineData("５０万元", 500000)]
    [InlineData("52.34万元", 523400)]
    [InlineData("1,234,567.89", 1234567.89)]
    public void Normalize_ReadsTheAmountInYuan_WhenPublishedAs(string amount, double expected)
    {
        var record = Single(LoanRows.Row((LoanFields.Amount, amount)));

        Assert.Equal((decimal)expected, record.AmountYuan);
    }

    [Theory]
    [InlineData("正常", LoanStatuses.Normal)]
    [InlineData("逾期", LoanStatuses.Overdue)]
    [InlineData("不良", LoanStatuses.NonPerforming)]
    [InlineData("结清", LoanStatuses.Repaid)]
    [InlineData("已代偿", LoanStatuses.Compensated)]
    [InlineData("已补偿", LoanStatuses.Compensated)]
    public void Normalize_MapsTheStatus_WhenItIsKnown(string status, string expected)
    {
        Assert.Equal(expected, Single(LoanRows.Row((LoanFields.Status, status))).Status);
    }

    [Fact]
    public void Normalize_ReadsEveryField_WhenTheItemIsClean()
    {
        var record = Single(LoanRows.Row(
            (LoanFields.GuaranteeMode, "担保"), (LoanFields.Guarantor, "怀化市融资担保有限责任公司"), (LoanFields.Rate, "3.85%"),
            (LoanFields.CountyCode, "沅陵县"), (LoanFields.CompensationClaimed, "400000")));

        Assert.Equal("KV2025000123", record.LoanNo);
        Assert.Equal("431222", record.RegionCode);
        Assert.Equal(LoanStatuses.Guaranteed, record.GuaranteeMode);
        Assert.Equal(0.0385m, record.Rate);
        Assert.Equal(86.5m, record.Score);
        Assert.Equal(400000m, record.CompensationClaimedYuan);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 2, 15, 0, TimeSpan.Zero), record.UpdatedAt);
        Assert.Equal("absent", record.UsccQuality);
    }

    [Fact]
    public void Normalize_ReadsALocalUpdateTimeAsChinaTime_WhenTheExportGivesNoOffset()
    {
        var record = Single(LoanRows.Row((LoanFields.UpdatedAt, "2025-03-05 10:15:00")));

        Assert.Equal(new DateTimeOffset(2025, 3, 5, 2, 15, 0, TimeSpan.Zero), record.UpdatedAt);
    }

    [Fact]
    public void Normalize_AcceptsExactlyThreeYears_WhenTheTermIsAtTheLimit()
    {
        Assert.Equal(new DateOnly(2028, 3, 5), Single(LoanRows.Row((LoanFields.MaturesOn, "2028-03-05"))).MaturesOn);
    }

    [Theory]
    [InlineData("9997-01-01", "9999-12-31")]
    [InlineData("9999-12-30", "9999-12-31")]
    public void Normalize_AcceptsTheTerm_WhenThreeYearsAfterDisbursementIsBeyondTheCalendar(string disbursedOn, string maturesOn)
    {
        var record = Single(LoanRows.Row((LoanFields.DisbursedOn, disbursedOn), (LoanFields.MaturesOn, maturesOn)));

        Assert.Equal(DateOnly.MaxValue, record.MaturesOn);
    }

    [Theory]
    [InlineData(LoanFields.LoanNo, "", "loan number")]
    [InlineData(LoanFields.LoanNo, null, "loan number")]
    [InlineData(LoanFields.MaturesOn, "2028-03-06", "more than 3 years")]
    [InlineData(LoanFields.MaturesOn, "2025-03-01", "not after disbursement")]
    [InlineData(LoanFields.Status, "冻结", "'冻结' is not one of")]
    [InlineData(LoanFields.Amount, "五十万", "is not an amount")]
    [InlineData(LoanFields.Amount, "0", "not positive")]
    [InlineData(LoanFields.GuaranteeMode, "抵押", "guarantee mode")]
    [InlineData(LoanFields.CountyCode, "火星县", "not a known division")]
    [InlineData(LoanFields.UpdatedAt, "yesterday", "not a timestamp")]
    public void Normalize_RejectsWithTheReason_WhenAFieldIsBad(string field, string? value, string reason)
    {
        var result = LoanRecordNormalizer.Normalize([LoanRows.Row((field, value))]);

        Assert.Empty(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Contains(reject.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(LoanRows.Url, reject.DocumentUrl);
    }

    [Fact]
    public void Normalize_ReportsEveryReason_WhenSeveralFieldsAreBad()
    {
        var result = LoanRecordNormalizer.Normalize(
            [LoanRows.Row((LoanFields.LoanNo, " "), (LoanFields.Status, "冻结"), (LoanFields.MaturesOn, "2029-01-01"), (LoanFields.CountyCode, null))]);

        Assert.Equal(4, Assert.Single(result.Rejects).Reasons.Count);
    }

    [Fact]
    public void Normalize_KeepsTheLatestVersion_WhenABatchHoldsALoanTwice()
    {
        var result = LoanRecordNormalizer.Normalize(
        [
            LoanRows.Row((LoanFields.Status, "逾期"), (LoanFields.UpdatedAt, "2025-06-01T09:00:00+08:00")),
            LoanRows.Row((LoanFields.Status, "正常"), (LoanFields.UpdatedAt, "2025-03-05T10:15:00+08:00")),
        ]);

        Assert.Equal(LoanStatuses.Overdue, Assert.Single(result.Records).Status);
    }

    private static LoanRecord Single(RawRecord row)
    {
        var result = LoanRecordNormalizer.Normalize([row]);
        Assert.Empty(result.Rejects);
        return Assert.Single(result.Records);
    }
}
