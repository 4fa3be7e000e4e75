using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.Manual;

/// <summary>
/// The county of interest's platform lists 2019..2026 (each December): new platforms of the year and the 撤销 of
/// earlier ones. A revocation takes the platform out of every year's count, so they are planned for the counts once
/// every list is in to be 15 at the ends of 2020 and 2021 and 30 at the end of 2025; the 2026 list revokes none.
/// </summary>
internal static class CountyPlatformPlanner
{
    public static readonly string[] Types = ["工程技术研究中心", "重点实验室", "企业技术中心", "院士专家工作站", "众创空间"];

    /// <summary>Hosts are among the county's most active firms.</summary>
    private const int Hosts = 100;

    private static readonly string[] Topics =
        ["特色农产品", "生物医药", "新材料", "智能装备", "茶叶精深加工", "水电新能源", "竹木加工", "电子信息", "中药材", "食品加工", "矿产资源综合利用", "文旅数字化"];

    private static readonly (string Text, string Code)[] Levels = [("国家级", "national"), ("省级", "provincial"), ("市级", "municipal")];

    // New platforms recognized in the year, and the recognized years of the earlier platforms its list revokes.
    private static readonly Dictionary<int, (int New, int[] Revokes)> Years = new()
    {
        [2019] = (10, []),
        [2020] = (7, [2019]),
        [2021] = (1, [2020]),
        [2022] = (4, []),
        [2023] = (5, [2021]),
        [2024] = (4, [2022]),
        [2025] = (4, [2023]),
        [2026] = (3, []),
    };

    public static Dictionary<int, List<PlatformFact>> Plan(Random random, IReadOnlyList<Enterprise> firms, string countyCode)
    {
        var county = HunanDivisions.Find(countyCode)!.Name;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<PlatformFact>();
        var lists = new Dictionary<int, List<PlatformFact>>();
        foreach (var (year, (count, revokes)) in Years.OrderBy(y => y.Key))
        {
            var list = new List<PlatformFact>();
            while (list.Count < count)
            {
                var name = $"{county}{Topics[random.Next(Topics.Length)]}{Types[random.Next(Types.Length)]}";
                if (names.Add(name))
                {
                    var level = Levels[random.Next(10) switch { 0 => 0, < 5 => 1, _ => 2 }];
                    list.Add(new PlatformFact(name, firms[random.Next(Hosts)], level, year, "valid"));
                }
            }

            foreach (var recognized in revokes)
            {
                var candidates = valid.Where(p => p.Year == recognized).ToList();
                var revoked = candidates[random.Next(candidates.Count)];
                valid.Remove(revoked);
                list.Add(revoked with { Status = "revoked" });
            }

            valid.AddRange(list.Where(p => p.Status == "valid"));
            lists[year] = list;
        }

        return lists;
    }
}
