using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteRecordNormalizerRevokedTests
{
    private static readonly HnteListContext Revoked = HnteRows.Context(HnteListKind.Revoked, batchNo: null);

    [Theory]
    [InlineData("2022", "2022-01-01")]
    [InlineData("2022年", "2022-01-01")]
    [InlineData("2022年度", "2022-01-01")]
    [InlineData("２０２２年度", "2022-01-01")]
    [InlineData(null, "2024-12-11")]
    [InlineData("", "2024-12-11")]
    [InlineData("近两年", "2024-12-11")]
    public void Normalize_SetsRevokedFrom_FromRevocationYearElsePublicationDate(string? revocationYear, string expected)
    {
        var row = HnteRows.Row(1, region: "沅陵县", certificateNo: "GR202143000123", revocationYear: revocationYear);

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Revoked).Records);

        Assert.Equal("revoked", record.Status);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), record.RevokedFrom);
        Assert.Equal($"hnte:revoked:GR202143000123:{expected}", record.NaturalKey);
        Assert.Null(record.IssueDate);
        Assert.Null(record.ValidTo);
    }

    [Theory]
    [InlineData("GR202143000123", "91431222MA4L41Y04R", "hnte:revoked:GR202143000123:2023-01-01")]
    [InlineData(null, "91431222MA4L41Y04R", "hnte:revoked:91431222MA4L41Y04R:2023-01-01")]
    [InlineData(null, "91431222MA4PWQ3B10", "hnte:revoked:name:沅陵县辰州科技湖南有限公司@431222:2023-01-01")]
    [InlineData(" ", null, "hnte:revoked:name:沅陵县辰州科技湖南有限公司@431222:2023-01-01")]
    public void Normalize_BuildsRevokedNaturalKey_FromCertificateElseUsccElseName(string? certificateNo, string? uscc, string naturalKey)
    {
        var row = HnteRows.Row(1, uscc: uscc, region: "沅陵县", certificateNo: certificateNo, revocationYear: "2023");

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Revoked).Records);

        Assert.Equal(naturalKey, record.NaturalKey);
    }

    [Theory]
    [InlineData("  连续两年未报年报\u3000", "连续两年未报年报")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_SetsCleanedReasonOrNull_WhenRevocationReasonIsGivenOrNot(string? reason, string? expected)
    {
        var row = HnteRows.Row(1, region: "沅陵县", reason: reason);

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], Revoked).Records);

        Assert.Equal(expected, record.RevocationReason);
    }

    [Fact]
    public void Normalize_Rejects_WhenRevokedCertificateNumberIsMalformed()
    {
        var row = HnteRows.Row(4, region: "沅陵县", certificateNo: "GR20151200027");

        var reject = Assert.Single(HnteRecordNormalizer.Normalize([row], Revoked).Rejects);

        Assert.Equal(
            ["证书编号 'GR20151200027' is not a valid certificate number (GR + 4-digit year + 2-digit province + 6 digits)"],
            reject.Reasons);
    }

    [Fact]
    public void Normalize_IgnoresIssueDate_WhenListIsRevoked()
    {
        var row = HnteRows.Row(1, region: "沅陵县", issueDate: "abc");

        var result = HnteRecordNormalizer.Normalize([row], Revoked);

        Assert.Empty(result.Rejects);
        Assert.Null(Assert.Single(result.Records).IssueDate);
    }

    [Fact]
    public void Normalize_DropsRepeatSilently_WhenSameCertificateRevokedFromSameDate()
    {
        var first = HnteRows.Row(1, region: "沅陵县", certificateNo: "GR202143000123", revocationYear: "2023");
        var repeat = HnteRows.Row(2, region: "沅陵县", certificateNo: "GR202143000123", revocationYear: "2023年度");
        var later = HnteRows.Row(3, region: "沅陵县", certificateNo: "GR202143000123", revocationYear: "2024");

        var result = HnteRecordNormalizer.Normalize([first, repeat, later], Revoked);

        Assert.Empty(result.Rejects);
        Assert.Equal([1, 3], result.Records.Select(r => r.RowNumber));
    }
}
