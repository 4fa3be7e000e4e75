using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Normalization.Tests.Hnte;

public class HnteHostileValueTests
{
    [Fact]
    public void Normalize_RejectsTheRowWithAReason_WhenTheNameIsLongerThanTheWarehouseStores()
    {
        var rows = new[] { HnteRows.Row(1, name: new string('沅', 1000), region: "沅陵县"), HnteRows.Row(2, name: "沅陵县辰州科技有限公司", region: "沅陵县") };

        var result = HnteRecordNormalizer.Normalize(rows, HnteRows.Context(HnteListKind.Proposed));

        Assert.Equal(2, Assert.Single(result.Records).RowNumber);
        var reject = Assert.Single(result.Rejects);
        Assert.Contains($"企业名称 is 1000 characters long; at most {TextBounds.Name} are stored", reject.Reasons);
    }

    public static TheoryData<string> HostileUsccs => ["91431222MA4L41Y04R\0", "91431222MA4L\uD80041Y04R"];

    [Theory]
    [MemberData(nameof(HostileUsccs), DisableDiscoveryEnumeration = true)]
    public void Normalize_KeepsTheUsccAndStoresItsPublishedFormWithoutTheCharacter_WhenTheCellHoldsOne(string uscc)
    {
        var result = HnteRecordNormalizer.Normalize([HnteRows.Row(1, uscc: uscc)], HnteRows.Context(HnteListKind.Proposed));

        var record = Assert.Single(result.Records);
        Assert.True(StorableText.IsStorable(record.UsccPublished));
        Assert.True(StorableText.IsStorable(record.EnterpriseName));
    }

    [Fact]
    public void Normalize_StoresTheNameWithoutNoncharacters_WhenTheNameHoldsUFFFE()
    {
        var result = HnteRecordNormalizer.Normalize([HnteRows.Row(1, name: "沅陵县\uFFFE辰州科技有限公司", region: "沅陵县")], HnteRows.Context(HnteListKind.Proposed));

        var record = Assert.Single(result.Records);
        Assert.Equal("沅陵县辰州科技有限公司", record.EnterpriseName);
        Assert.Equal("沅陵县辰州科技有限公司", record.NameKey);
    }
}
