using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteRenameNormalizerTests
{
    private static readonly DateOnly PublishedOn = new(2025, 6, 21);

    [Fact]
    public void Normalize_ReturnsRename_WhenRowComplete()
    {
        var row = Row(1, "沅陵万象信达科技有限公司", "沅陵万象信达科技集团有限公司", " gr202443000074 ");

        var result = HnteRenameNormalizer.Normalize([row], PublishedOn);

        var record = Assert.Single(result.Records);
        Assert.Equal(("GR202443000074", "沅陵万象信达科技有限公司", "沅陵万象信达科技集团有限公司", PublishedOn),
            (record.CertificateNo, record.OldName, record.NewName, record.PublishedOn));
        Assert.Empty(result.Rejects);
    }

    [Fact]
    public void Normalize_RejectsWithEveryReason_WhenNamesAndCertificateBad()
    {
        var row = Row(2, "", null, "GR20151200027");

        var reject = Assert.Single(HnteRenameNormalizer.Normalize([row], PublishedOn).Rejects);

        Assert.Equal(3, reject.Reasons.Count);
        Assert.Contains(reject.Reasons, r => r.Contains("原企业名称", StringComparison.Ordinal));
        Assert.Contains(reject.Reasons, r => r.Contains("现企业名称", StringComparison.Ordinal));
        Assert.Contains(reject.Reasons, r => r.Contains("GR20151200027", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_Rejects_WhenNewNameIsTheOldName()
    {
        var row = Row(3, "沅陵科技(湖南)有限公司", "沅陵科技（湖南）有限公司", "GR202443000074");

        var reject = Assert.Single(HnteRenameNormalizer.Normalize([row], PublishedOn).Rejects);

        Assert.Contains("same name", Assert.Single(reject.Reasons), StringComparison.Ordinal);
    }

    private static RawRecord Row(int number, string? oldName, string? newName, string? certificateNo) =>
        new("https://innocom.example/files/a.pdf", number, new Dictionary<string, string?>
        {
            [HnteRenameColumns.OldName] = oldName,
            [HnteRenameColumns.NewName] = newName,
            [RawColumns.CertificateNo] = certificateNo,
        });
}
