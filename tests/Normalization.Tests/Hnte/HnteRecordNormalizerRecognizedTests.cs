using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteRecordNormalizerRecognizedTests
{
    private static readonly HnteListContext Recognized = HnteRows.Context(HnteListKind.Recognized);

    [Fact]
    public void Normalize_ReturnsRecognizedRecord_WhenRowIsComplete()
    {
        var row = HnteRows.Row(1, name: " 沅陵县辰州科技(湖南)有限公司 ", uscc: "91431222ma4l41y04r", region: "怀化市沅陵县", certificateNo: "gr202443002931", issueDate: "2024年12月10日");

        var result = HnteRecordNormalizer.Normalize([row], Recognized);

        Assert.Empty(result.Rejects);
        var record = Assert.Single(result.Records);
        Assert.Equal("GR202443002931", record.NaturalKey);
        Assert.Equal("hnte", record.Kind);
        Assert.Equal("recognized", record.Status);
        Assert.Equal("GR202443002931", record.CertificateNo);
        Assert.Equal("91431222MA4L41Y04R", record.Uscc);
        Assert.Equal("91431222ma4l41y04r", record.UsccPublished);
        Assert.Equal("valid", record.UsccQuality);
        Assert.Equal("沅陵县辰州科技（湖南）有限公司", record.EnterpriseName);
        Assert.Equal("沅陵县辰州科技湖南有限公司", record.NameKey);
        Assert.Equal("431222", record.RegionCode);
        Assert.Equal(2024, record.BatchYear);
        Assert.Equal(2, record.BatchNo);
        Assert.Equal(new DateOnly(2024, 12, 10), record.IssueDate);
        Assert.Equal(new DateOnly(2024, 12, 10), record.ValidFrom);
        Assert.Equal(new DateOnly(2027, 12, 9), record.ValidTo);
        Assert.Null(record.RevokedFrom);
        Assert.Equal(HnteRows.PublishedOn, record.PublishedOn);
        Assert.Equal(HnteRows.Url, record.DocumentUrl);
        Assert.Equal(1, record.RowNumber);
    }

    [Theory]
    [InlineData("2024-02-29", "2027-02-27")]
    [InlineData("2024-01-01", "2026-12-31")]
    [InlineData("45636", "2027-12-09")]
    public void Normalize_SetsValidToThreeYearsLessADay_WhenIssueDateParses(string issueDate, string validTo)
    {
        var row = HnteRows.Row(1, region: "沅陵县", certificateNo: "GR202443002931", issueDate: issueDate);

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Recognized).Records);

        Assert.Equal(DateOnly.Parse(validTo, System.Globalization.CultureInfo.InvariantCulture), record.ValidTo);
    }

    [Theory]
    [InlineData("", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "2024-12-10", "企业名称 is empty")]
    [InlineData(" \u3000", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "2024-12-10", "企业名称 is empty")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", null, "2024-12-10", "证书编号 is missing")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR20244300293", "2024-12-10", "证书编号 'GR20244300293' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR2023XXXXXXXX", "2024-12-10", "证书编号 'GR2023XXXXXXXX' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", null, "发证日期 is missing")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "abc", "发证日期 'abc' is not a date")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "2025-02-30", "发证日期 '2025-02-30' is not a date")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "9999-12-31", "发证日期 '9999-12-31' is too late for a 3-year validity")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "沅陵县", "GR202443002931", "2958465", "发证日期 '2958465' is too late for a 3-year validity")]
    [InlineData("甲公司", "91431222MA4L41Y04R", "火星市", "GR202443002931", "2024-12-10", "所属地区 '火星市' is not a known division")]
    [InlineData("甲公司", null, null, "GR202443002931", "2024-12-10", "所属地区 is missing and no valid USCC to derive it from")]
    [InlineData("甲公司", "91431222MA4PWQ3B10", null, "GR202443002931", "2024-12-10", "所属地区 is missing and no valid USCC to derive it from")]
    [InlineData("甲公司", "91440101MA5CJQ4N59", null, "GR202443002931", "2024-12-10", "所属地区 is missing and USCC '91440101MA5CJQ4N59' does not name a known division")]
    public void Normalize_RejectsWithReason_WhenRecognizedRowBreaksARule(
        string name, string? uscc, string? region, string? certificateNo, string? issueDate, string reason)
    {
        var row = HnteRows.Row(7, name, uscc, region, certificateNo, issueDate);

        var result = HnteRecordNormalizer.Normalize([row], Recognized);

        Assert.Empty(result.Records);
        var reject = Assert.Single(result.Rejects);
        Assert.Equal([reason], reject.Reasons);
        Assert.Equal(HnteRows.Url, reject.DocumentUrl);
        Assert.Equal(7, reject.RowNumber);
        Assert.Same(row.Fields, reject.RawValues);
    }

    [Fact]
    public void Normalize_CollectsEveryReason_WhenRowBreaksSeveralRules()
    {
        var row = HnteRows.Row(3, name: "", region: "火星市", certificateNo: "GR20244300293", issueDate: "abc");

        var reject = Assert.Single(HnteRecordNormalizer.Normalize([row], Recognized).Rejects);

        Assert.Equal(
            [
                "企业名称 is empty",
                "证书编号 'GR20244300293' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)",
                "发证日期 'abc' is not a date",
                "所属地区 '火星市' is not a known division",
            ],
            reject.Reasons);
    }

    [Theory]
    [InlineData("91431222MA4PWQ3B10", "check_failed")]
    [InlineData("91431222MA4PWQ3B07", "org_check_failed")]
    [InlineData("91431222MAIPWQ3B1A", "malformed")]
    [InlineData(null, "absent")]
    public void Normalize_KeepsRowWithNullUscc_WhenUsccFailsItsChecks(string? uscc, string quality)
    {
        var row = HnteRows.Row(1, uscc: uscc, region: "沅陵县", certificateNo: "GR202443002931", issueDate: "2024-12-10");

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Recognized).Records);

        Assert.Null(record.Uscc);
        Assert.Equal(uscc, record.UsccPublished);
        Assert.Equal(quality, record.UsccQuality);
    }

    [Theory]
    [InlineData("91431222MA4L41Y04R", "431222")]
    [InlineData("91430111MA4L41YT1U", "430100")]
    public void Normalize_DerivesRegionFromUscc_WhenRegionIsAbsent(string uscc, string regionCode)
    {
        var row = HnteRows.Row(1, uscc: uscc, region: " ", certificateNo: "GR202443002931", issueDate: "2024-12-10");

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Recognized).Records);

        Assert.Equal(regionCode, record.RegionCode);
    }

    [Fact]
    public void Normalize_KeepsFirstAndDropsLaterSilently_WhenCertificateNumberRepeats()
    {
        var first = HnteRows.Row(1, name: "甲公司", region: "沅陵县", certificateNo: "GR202443002931", issueDate: "2024-12-10");
        var repeat = HnteRows.Row(2, name: "乙公司", region: "沅陵县", certificateNo: "gr202443002931", issueDate: "2024-12-10");

        var result = HnteRecordNormalizer.Normalize([first, repeat], Recognized);

        Assert.Empty(result.Rejects);
        var record = Assert.Single(result.Records);
        Assert.Equal(1, record.RowNumber);
    }
}
