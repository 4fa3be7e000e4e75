using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Normalization.Tests.Hnte;

namespace YuanlingTech.Normalization.Tests.Regions;

/// <summary>"The region of an enterprise comes from its source records, else from the division embedded in its USCC."</summary>
public class RegionFallbackTests
{
    public static TheoryData<string, string?, string, string> BlankRegions()
    {
        var data = new TheoryData<string, string?, string, string>();
        (string Division, string Expected)[] divisions = [("431222", "431222"), ("433022", "431222"), ("431200", "431200"), ("433100", "433100")];
        string?[] blanks = [null, "", " ", "\u3000", "\u200b\t"];
        foreach (var source in RegionSourceRows.Sources)
        {
            for (var i = 0; i < divisions.Length; i++)
            {
                data.Add(source, blanks[i % blanks.Length], divisions[i].Division, divisions[i].Expected);
            }

            data.Add(source, blanks[^1], "431222", "431222");
        }

        return data;
    }

    public static TheoryData<string> Sources() => new(RegionSourceRows.Sources);

    [Theory]
    [MemberData(nameof(BlankRegions))]
    public void Normalize_TakesRegionFromUscc_WhenRegionCellIsBlank(string source, string? blank, string usccDivision, string expected)
    {
        var (code, regionSource, reasons) = RegionSourceRows.Normalize(source, blank, RegionSourceRows.UsccFor(usccDivision));

        Assert.Empty(reasons);
        Assert.Equal((expected, RegionSources.Uscc), (code, regionSource));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Normalize_KeepsPublishedRegion_WhenRegionCellDisagreesWithUscc(string source)
    {
        var (code, regionSource, reasons) = RegionSourceRows.Normalize(source, "长沙市", RegionSourceRows.UsccFor("431222"));

        Assert.Empty(reasons);
        Assert.Equal(("430100", RegionSources.Published), (code, regionSource));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Normalize_Rejects_WhenRegionCellIsGarbageEvenWithAValidUscc(string source)
    {
        var (code, _, reasons) = RegionSourceRows.Normalize(source, "火星 -", RegionSourceRows.UsccFor("431222"));

        Assert.Null(code);
        Assert.Contains(reasons, r => r.Contains("'火星 -' is not a known division", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Normalize_Rejects_WhenRegionIsBlankAndUsccNamesNoHunanDivision(string source)
    {
        var (code, _, reasons) = RegionSourceRows.Normalize(source, " ", RegionSourceRows.UsccFor("440101"));

        Assert.Null(code);
        Assert.Contains(reasons, r => r.Contains("is missing", StringComparison.Ordinal) || r.Contains("is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "430000", "province")]
    [InlineData(" ", "91431222MA4PWQ3B10", "430000", "province")]
    [InlineData("", "440101", "430000", "province")]
    [InlineData(null, "431222", "431222", "uscc")]
    [InlineData("怀化市", "431222", "431200", "published")]
    public void Normalize_FallsBackToUsccThenProvince_WhenRevocationRowHasNoRegion(string? region, string? usccOrDivision, string expected, string expectedSource)
    {
        var uscc = usccOrDivision is { Length: 6 } division ? RegionSourceRows.UsccFor(division) : usccOrDivision;
        var row = HnteRows.Row(1, uscc: uscc, region: region, certificateNo: "GR202143000123", revocationYear: "2023");

        var record = Assert.Single(HnteRecordNormalizer.Normalize([row], HnteRows.Context(HnteListKind.Revoked)).Records);

        Assert.Equal((expected, expectedSource), (record.RegionCode, record.RegionSource));
    }
}
