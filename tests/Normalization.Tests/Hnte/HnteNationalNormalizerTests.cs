using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteNationalNormalizerTests
{
    [Fact]
    public void Normalize_FallsBackToProvince_WhenRegionAndUsccMissing()
    {
        var row = HnteRows.Row(1, certificateNo: "GR202443002931", issueDate: "2024-12-10");

        var (filings, rejects) = HnteNationalNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Recognized));

        Assert.Empty(rejects);
        var record = Assert.Single(filings).Certification;
        Assert.Equal(("GR202443002931", "recognized", "430000", "province"), (record.NaturalKey, record.Status, record.RegionCode, record.RegionSource));
        Assert.Equal(new DateOnly(2027, 12, 9), record.ValidTo);
    }

    [Fact]
    public void Normalize_KeepsPublishedRegion_WhenRegionGiven()
    {
        var row = HnteRows.Row(1, region: "怀化市沅陵县", certificateNo: "GR202443002931", issueDate: "2024-12-10");

        var (filings, _) = HnteNationalNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Recognized));

        Assert.Equal("431222", Assert.Single(filings).Certification.RegionCode);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReasonAndRawValues_WhenCertificateAndDateBad()
    {
        var row = HnteRows.Row(4, name: " ", certificateNo: "GR2024XXXXXXXX");

        var (filings, rejects) = HnteNationalNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Recognized));

        Assert.Empty(filings);
        var reject = Assert.Single(rejects);
        Assert.Equal(3, reject.Reasons.Count);
        Assert.False(reject.RawValues.ContainsKey(RawColumns.Region), "rejects keep the row as published, not the filled-in province");
    }
}
