using System.Globalization;
using YuanlingTech.Normalization.Manual;
using C = YuanlingTech.Normalization.Manual.ManualColumns;

namespace YuanlingTech.Normalization.Tests.Manual;

public sealed class ChallengeProjectNormalizerTests
{
    private const string Project = "沅陵县碣滩茶(绿茶)精深加工关键技术攻关";

    [Theory]
    [InlineData("发榜中", "open")]
    [InlineData("已揭榜", "taken")]
    [InlineData("已验收", "accepted")]
    [InlineData("已撤销", "withdrawn")]
    [InlineData(" 已 揭 榜 ", "taken")]
    public void Normalize_MapsEveryStatus_WhenRowIsClean(string status, string expected)
    {
        var record = Assert.Single(ChallengeProjectNormalizer.Normalize([Row(status: status)]).Records);

        Assert.Equal(expected, record.Status);
        Assert.Equal(("沅陵县碣滩茶（绿茶）精深加工关键技术攻关", "沅陵县辰州茶业有限公司", "431222"), (record.Name, record.Issuer, record.RegionCode));
        Assert.Equal((new DateOnly(2025, 3, 18), 500_000m), (record.PublishedOn, record.RewardYuan));
    }

    [Fact]
    public void Normalize_DeclaresEachStatusOnce_WithItsOwnCode()
    {
        Assert.Equal(["open", "taken", "accepted", "withdrawn"], ChallengeProjectStatuses.Codes);
        Assert.All(ChallengeProjectStatuses.Labels, l => Assert.Equal(l.Code, ChallengeProjectStatuses.CodeOf(l.Label)));
    }

    [Theory]
    [InlineData("2025-03-18")]
    [InlineData("2025/3/18")]
    [InlineData("2025.03.18")]
    [InlineData("2025-3-18 09:30")]
    [InlineData("2025-03-18T09:30:00")]
    [InlineData("2025年3月18日")]
    [InlineData("2025 年 3 月 18 日")]
    [InlineData("2025年3月18")]
    [InlineData("20250318")]
    [InlineData("45734")]
    [InlineData("45734.5")]
    public void Normalize_ReadsThePublicationDate_InEveryFormTheDateParserReads(string published)
    {
        var record = Assert.Single(ChallengeProjectNormalizer.Normalize([Row(published: published)]).Records);

        Assert.Equal(new DateOnly(2025, 3, 18), record.PublishedOn);
    }

    [Theory]
    [InlineData("50", "500000")]
    [InlineData("1,200.5", "12005000")]
    [InlineData("0.000001", "0.01")]
    [InlineData("0", "0")]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    public void Normalize_ReturnsTheRewardInExactYuan_OrNullWhenTheCellIsEmpty(string? reward, string? expectedYuan)
    {
        var record = Assert.Single(ChallengeProjectNormalizer.Normalize([Row(reward: reward)]).Records);

        Assert.Equal(expectedYuan is null ? null : decimal.Parse(expectedYuan, CultureInfo.InvariantCulture), record.RewardYuan);
    }

    [Theory]
    [InlineData(nameof(C.Status), "暂停", "状态 '暂停' is not one of 发榜中/已揭榜/已验收/已撤销")]
    [InlineData(nameof(C.Status), "open", "状态 'open' is not one of 发榜中/已揭榜/已验收/已撤销")]
    [InlineData(nameof(C.Status), null, "状态 is empty")]
    [InlineData(nameof(C.PublishedOn), "2025-02-30", "发布日期 '2025-02-30' is not a date")]
    [InlineData(nameof(C.PublishedOn), "三月中旬", "发布日期 '三月中旬' is not a date")]
    [InlineData(nameof(C.PublishedOn), "2025", "发布日期 '2025' is not a date between 2000 and 2100")]
    [InlineData(nameof(C.PublishedOn), null, "发布日期 is empty")]
    [InlineData(nameof(C.Region), "火星", "所属地区 '火星' is not a known division")]
    [InlineData(nameof(C.Region), null, "所属地区 is empty")]
    [InlineData(nameof(C.RewardWan), "-5", "悬赏金额（万元） '-5' is negative")]
    [InlineData(nameof(C.RewardWan), "1.0000001", "悬赏金额（万元） '1.0000001' has more than 6 decimals")]
    [InlineData(nameof(C.RewardWan), "面议", "悬赏金额（万元） '面议' is not an amount: '面议' is not an amount")]
    [InlineData(nameof(C.ProjectName), " ", "项目名称 is empty")]
    [InlineData(nameof(C.Issuer), null, "发榜单位 is empty")]
    public void Normalize_RejectsWithTheReason_WhenAValueIsBad(string column, string? value, string reason)
    {
        var row = column switch
        {
            nameof(C.Status) => Row(status: value),
            nameof(C.PublishedOn) => Row(published: value),
            nameof(C.Region) => Row(region: value),
            nameof(C.RewardWan) => Row(reward: value),
            nameof(C.ProjectName) => Row(name: value),
            _ => Row(issuer: value),
        };

        var result = ChallengeProjectNormalizer.Normalize([row]);

        Assert.Empty(result.Records);
        Assert.Equal([reason], Assert.Single(result.Rejects).Reasons);
    }

    [Fact]
    public void Normalize_KeysByNormalizedNameAndDivision_WhenAProjectIsListedTwice()
    {
        var result = ChallengeProjectNormalizer.Normalize(
        [
            Row(),
            Row(rowNumber: 2, name: "沅陵县碣滩茶（绿茶） 精深加工关键技术攻关", region: "431222", status: "已揭榜"),
            Row(rowNumber: 3, region: "辰溪县"),
        ]);

        Assert.Equal(2, result.Records.Count);
        Assert.Equal(["431222", "431223"], result.Records.Select(r => r.RegionCode));
        var reject = Assert.Single(result.Rejects);
        Assert.Equal(2, reject.RowNumber);
        Assert.Equal(["duplicates row 1 (same 项目名称 and 所属地区)"], reject.Reasons);
    }

    private static Records.RawRecord Row(
        int rowNumber = 1, string? name = Project, string? issuer = "沅陵县辰州茶业有限公司", string? region = "沅陵县",
        string? published = "2025-03-18", string? reward = "50", string? status = "发榜中") =>
        ManualRows.Row(rowNumber, (C.ProjectName, name), (C.Issuer, issuer), (C.Region, region), (C.PublishedOn, published),
            (C.RewardWan, reward), (C.Status, status));
}
