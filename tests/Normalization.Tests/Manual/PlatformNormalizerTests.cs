using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Manual;

public sealed class PlatformNormalizerTests
{
    [Theory]
    [InlineData("国家级", "有效", "national", "valid")]
    [InlineData("省级", "撤销", "provincial", "revoked")]
    [InlineData("市 级", "有效", "municipal", "valid")]
    public void Normalize_MapsLevelAndStatus_WhenRowIsClean(string level, string status, string expectedLevel, string expectedStatus)
    {
        var record = Assert.Single(PlatformNormalizer.Normalize([Row(level, status)]).Records);

        Assert.Equal((expectedLevel, expectedStatus), (record.Level, record.Status));
        Assert.Equal(("工程技术研究中心", 2023, "431222", ManualRows.ValidUscc), (record.PlatformType, record.RecognizedYear, record.RegionCode, record.Uscc));
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenLevelAndStatusAreUnknown()
    {
        var reject = Assert.Single(PlatformNormalizer.Normalize([Row("县级", "暂停")]).Rejects);

        Assert.Equal(2, reject.Reasons.Count);
        Assert.StartsWith("平台级别 '县级' is not one of", reject.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("状态 '暂停' is not one of", reject.Reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_KeysByPlatformAndHostName_WhenTheSamePlatformIsListedTwice()
    {
        var result = PlatformNormalizer.Normalize([Row("省级", "有效"), Row("省级", "撤销", rowNumber: 2)]);

        Assert.Single(result.Records);
        Assert.Contains("duplicates row 1", Assert.Single(Assert.Single(result.Rejects).Reasons), StringComparison.Ordinal);
    }

    private static Records.RawRecord Row(string level, string status, int rowNumber = 1) => ManualRows.Row(rowNumber,
        (C.PlatformName, "沅陵县茶叶精深加工工程技术研究中心"), (C.PlatformLevel, level), (C.PlatformType, "工程技术研究中心"),
        (C.HostName, "沅陵县辰州科技有限公司"), (C.Uscc, ManualRows.ValidUscc), (C.Region, "沅陵县"),
        (C.RecognizedYear, "2023"), (C.Status, status));
}
