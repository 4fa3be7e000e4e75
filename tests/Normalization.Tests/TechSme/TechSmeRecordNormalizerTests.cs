using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Normalization.Tests.TechSme;

public class TechSmeRecordNormalizerTests
{
    private const string Uscc = "91431222MA4L41Y04R";
    private const string Name = "沅陵县辰州科技湖南有限公司";

    private static TechSmeListContext Context(TechSmeListKind kind) =>
        new(kind, 2024, kind == TechSmeListKind.Removed ? null : 3, new DateOnly(2024, 10, 21), "title");

    private static RawRecord Row(int rowNumber, string? name = Name, string? uscc = Uscc, string? number = "202443122200000123", string? region = "沅陵县", string? reason = null) =>
        new("http://x/a.html", rowNumber, new Dictionary<string, string?>
        {
            [RawColumns.EnterpriseName] = name,
            [RawColumns.Uscc] = uscc,
            [RawColumns.CertificateNo] = number,
            [RawColumns.Region] = region,
            [RawColumns.RevocationReason] = reason,
        });

    [Theory]
    [InlineData(TechSmeListKind.Proposed, "proposed")]
    [InlineData(TechSmeListKind.Registered, "recognized")]
    [InlineData(TechSmeListKind.Corrected, "recognized")]
    [InlineData(TechSmeListKind.Removed, "revoked")]
    public void Normalize_MapsListKindToStatus_WhenRowIsClean(TechSmeListKind kind, string status)
    {
        var record = Assert.Single(TechSmeRecordNormalizer.Normalize([Row(1, number: "2024431222A0000123")], Context(kind)).Records);

        Assert.Equal(status, record.Status);
        Assert.Equal("techsme", record.Kind);
        Assert.Equal($"techsme:2024:{Uscc}", record.NaturalKey);
        Assert.Equal("2024431222A0000123", record.CertificateNo);
        Assert.Equal(2024, record.BatchYear);
        Assert.Equal(new DateOnly(2024, 12, 31), record.ValidTo);
        Assert.Equal(kind == TechSmeListKind.Removed ? null : new DateOnly(2024, 10, 21), record.ValidFrom);
        Assert.Equal(kind == TechSmeListKind.Removed ? new DateOnly(2024, 10, 21) : null, record.RevokedFrom);
        Assert.Equal(kind == TechSmeListKind.Removed ? null : 3, record.BatchNo);
    }

    [Fact]
    public void Normalize_KeysByRegistrationNumber_WhenUsccFailsItsCheck()
    {
        var record = Assert.Single(TechSmeRecordNormalizer.Normalize([Row(1, uscc: "91431222MA4L41Y04A", number: "２０２４４３１２２２０００００１２３ ")], Context(TechSmeListKind.Registered)).Records);

        Assert.Equal("techsme:2024:no:202443122200000123", record.NaturalKey);
        Assert.Equal("202443122200000123", record.CertificateNo);
        Assert.Null(record.Uscc);
        Assert.Equal("check_failed", record.UsccQuality);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenNameNumberAndRegionAreBad()
    {
        var result = TechSmeRecordNormalizer.Normalize([Row(7, name: " ", number: "202443122200", region: "火星市")], Context(TechSmeListKind.Registered));

        var reject = Assert.Single(result.Rejects);
        Assert.Empty(result.Records);
        Assert.Equal(7, reject.RowNumber);
        Assert.Equal(3, reject.Reasons.Count);
    }

    [Fact]
    public void Normalize_DerivesRegionFromTheRegistrationNumber_WhenRegionIsMissing()
    {
        var record = Assert.Single(TechSmeRecordNormalizer.Normalize([Row(1, uscc: null, number: "2023431222B0000009", region: null)], Context(TechSmeListKind.Removed)).Records);

        Assert.Equal(("431222", "registration_no"), (record.RegionCode, record.RegionSource));
        Assert.Equal(2023, record.BatchYear);
        Assert.Equal("techsme:2023:no:2023431222B0000009", record.NaturalKey);
    }

    [Fact]
    public void Normalize_KeysByNameAndRegion_WhenAProposedRowHasNeitherUsccNorNumber()
    {
        var record = Assert.Single(TechSmeRecordNormalizer.Normalize([Row(1, uscc: null, number: null)], Context(TechSmeListKind.Proposed)).Records);

        Assert.Equal($"techsme:2024:name:{record.NameKey}@431222", record.NaturalKey);
    }

    [Fact]
    public void Normalize_KeepsOneRecord_WhenAListRepeatsARegistrationWithoutUsccUnderAnotherSpelling()
    {
        var result = TechSmeRecordNormalizer.Normalize(
            [Row(1, uscc: null, number: "2024431222A0000123"), Row(2, name: "沅陵县辰州科技(湖南)有限公司", uscc: null, number: "2024431222A0000123", region: "怀化市沅陵县")],
            Context(TechSmeListKind.Registered));

        Assert.Equal("techsme:2024:no:2024431222A0000123", Assert.Single(result.Records).NaturalKey);
    }

    [Fact]
    public void Normalize_KeepsOneRecord_WhenAListRepeatsARow()
    {
        var result = TechSmeRecordNormalizer.Normalize([Row(1), Row(2)], Context(TechSmeListKind.Proposed));

        Assert.Single(result.Records);
        Assert.Empty(result.Rejects);
    }

    [Theory]
    [InlineData("2024431222A0000123", true)]
    [InlineData(" ２０２４４３１２２２ａ００００１２３ ", true)]
    [InlineData("2024431222C0000123", false)]
    [InlineData("202443122200001", false)]
    public void TryNormalize_AcceptsYearDivisionFlagSerial_Only(string raw, bool valid)
    {
        Assert.Equal(valid, TechSmeRegistrationNumber.TryNormalize(raw, out _));
    }
}
