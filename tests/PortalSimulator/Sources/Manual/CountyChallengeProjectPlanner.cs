using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// The county of interest's 揭榜挂帅 lists: 2025 (2 projects, both taken up) and 2026 (4 projects published March to
/// September, none withdrawn, plus one withdrawn that does not count).
/// </summary>
internal static class CountyChallengeProjectPlanner
{
    /// <summary>Issuers (发榜单位) are among the county's most active firms.</summary>
    private const int Issuers = 100;

    private static readonly string[] Topics =
    [
        "碣滩茶精深加工关键技术攻关", "竹木加工废料高值化利用技术", "小水电站群智能调度系统研发", "黄金尾矿综合利用技术攻关",
        "黄精提取与标准化种植技术", "山地丘陵小型农机装备研制", "柑橘冷链保鲜技术研发", "锰渣无害化处理技术攻关",
        "乡村文旅数字化平台建设",
    ];

    // Per file year: (first month, last month, statuses of the projects that count), and whether one project is withdrawn.
    private static readonly Dictionary<int, (int From, int To, string[] Statuses, bool Withdrawn)> Years = new()
    {
        [2025] = (4, 10, ["已验收", "已揭榜"], false),
        [2026] = (3, 9, ["已揭榜", "发榜中", "已揭榜", "发榜中"], true),
    };

    public static Dictionary<int, List<ChallengeProjectFact>> Plan(Random random, IReadOnlyList<Enterprise> firms)
    {
        var topics = Topics.OrderBy(_ => random.Next()).ToList();
        var issuers = firms.Take(Issuers).OrderBy(_ => random.Next()).ToList();
        var lists = new Dictionary<int, List<ChallengeProjectFact>>();
        foreach (var (year, (from, to, statuses, withdrawn)) in Years.OrderBy(y => y.Key))
        {
            var projects = statuses.Append(withdrawn ? ChallengeProjectFact.Withdrawn : null).OfType<string>().Select(status =>
            {
                var topic = topics[0];
                topics.RemoveAt(0);
                var month = random.Next(from, to + 1);
                var day = new DateOnly(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1));
                var issuer = issuers[0];
                issuers.RemoveAt(0);
                return new ChallengeProjectFact(topic, issuer, day, random.Next(5, 51) * 10m, status);
            });
            lists[year] = [.. projects.OrderBy(p => p.PublishedOn)];
        }

        return lists;
    }
}
