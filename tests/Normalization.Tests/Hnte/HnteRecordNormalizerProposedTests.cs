using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteRecordNormalizerProposedTests
{
    [Theory]
    [InlineData(2, "91431222MA4L41Y04R", "沅陵县", "hnte:proposed:2024-2:91431222MA4L41Y04R")]
    [InlineData(null, "91431222MA4L41Y04R", "沅陵县", "hnte:proposed:2024-0:91431222MA4L41Y04R")]
    [InlineData(2, null, "湖南省怀化市沅陵县", "hnte:proposed:2024-2:name:沅陵县辰州科技湖南有限公司@431222")]
    [InlineData(2, "91431222MA4PWQ3B07", "433022", "hnte:proposed:2024-2:name:沅陵县辰州科技湖南有限公司@431222")]
    [InlineData(3, "91431222MA4L41Y04R", null, "hnte:proposed:2024-3:91431222MA4L41Y04R")]
    public void Normalize_BuildsProposedNaturalKey_FromUsccElseNameAndRegion(int? batchNo, string? uscc, string? region, string naturalKey)
    {
        var row = HnteRows.Row(1, uscc: uscc, region: region);

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Proposed, batchNo)).Records);

        Assert.Equal(naturalKey, record.NaturalKey);
        Assert.Equal("proposed", record.Status);
        Assert.Equal(batchNo, record.BatchNo);
    }

    [Fact]
    public void Normalize_IgnoresCertificateAndIssueDate_WhenListIsProposed()
    {
        var row = HnteRows.Row(1, region: "沅陵县", certificateNo: "GR2023XXXXXXXX", issueDate: "abc");

        var result = HnteRecordNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Proposed));

        Assert.Empty(result.Rejects);
        var record = Assert.Single(result.Records);
        Assert.Null(record.CertificateNo);
        Assert.Null(record.IssueDate);
        Assert.Null(record.ValidFrom);
        Assert.Null(record.RevokedFrom);
    }

    [Fact]
    public void Normalize_DropsNameVariantSilently_WhenNameKeyAndRegionRepeat()
    {
        var first = HnteRows.Row(1, name: "沅陵县辰州科技（湖南）有限公司", region: "沅陵县");
        var variant = HnteRows.Row(2, name: "沅陵县辰州科技(湖南)有限公司 ", region: "431222");
        var otherCounty = HnteRows.Row(3, name: "沅陵县辰州科技(湖南)有限公司", region: "辰溪县");
        var rejected = HnteRows.Row(4, name: null, region: "沅陵县");

        var result = HnteRecordNormalizer.Normalize([first, variant, otherCounty, rejected], HnteRows.Context(HnteListKind.Proposed));

        Assert.Equal([1, 3], result.Records.Select(r => r.RowNumber));
        Assert.Equal(4, Assert.Single(result.Rejects).RowNumber);
    }

    [Fact]
    public void Normalize_ReturnsEmptyResult_WhenThereAreNoRows()
    {
        var result = HnteRecordNormalizer.Normalize([], HnteRows.Context(HnteListKind.Proposed));

        Assert.Empty(result.Records);
        Assert.Empty(result.Rejects);
    }

    [Fact]
    public void Normalize_IsIdempotent_WhenNormalizedValuesAreFedBackIn()
    {
        var context = HnteRows.Context(HnteListKind.Recognized);
        var row = HnteRows.Row(1, name: " 沅陵县辰州科技( 湖南 )有限公司", uscc: "９１４３１２２２ｍａ４ｌ４１ｙ０４ｒ", region: "怀化 沅陵", certificateNo: "gr 202443002931", issueDate: "２０２４年１２月１０日");
        var once = Assert.Single(HnteRecordNormalizer.Normalize([row], context).Records);
        var fedBack = HnteRows.Row(1, once.EnterpriseName, once.Uscc, once.RegionCode, once.CertificateNo, once.IssueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var twice = Assert.Single(HnteRecordNormalizer.Normalize([fedBack], context).Records);

        Assert.Equal(once with { UsccPublished = null }, twice with { UsccPublished = null });
    }
}
