using System.Text;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Builds unique canonical firm names such as 怀化沅陵华创科技有限公司 from word lists, never one of <paramref name="reserved"/>.</summary>
internal sealed class NameFactory(Random random, IEnumerable<string>? reserved = null)
{
    private static readonly string[] Words =
    [
        "华创", "远景", "瑞丰", "金达", "宏图", "新锐", "博远", "鼎盛", "天成", "恒通", "汇智", "中科", "锦程", "凯达", "盛世",
        "永兴", "昌隆", "嘉禾", "联创", "卓越", "星辰", "海纳", "聚源", "启航", "精诚", "东方", "高远", "万象", "九州", "龙腾",
        "云帆", "泰和", "安信", "信达", "德润", "浩然", "明辉", "晨曦", "润泽", "恒源", "银河", "创新", "科隆", "优联", "弘毅",
        "智诚", "源丰", "辰龙", "长青", "沃德", "立方", "正邦", "兴业", "百川", "鑫源", "富华", "康宁", "绿源", "蓝天", "湘江",
        "麓山", "岳麓", "芙蓉", "五溪", "雪峰", "武陵", "洞庭", "衡岳", "楚天", "潇湘",
    ];

    private static readonly string[] Industries =
    [
        "科技有限公司", "电子科技有限公司", "生物科技有限公司", "新材料有限公司", "智能装备有限公司", "信息技术有限公司",
        "环保科技有限公司", "医药有限公司", "机械制造有限公司", "农业科技有限公司", "新能源科技有限公司", "软件有限公司",
    ];

    private static readonly string[] LatinTokens = ["5G", "AI", "3D", "IT", "LED", "E"];

    private static readonly string[] NameSuffixes =
        ["土家族苗族自治州", "苗族侗族自治县", "侗族自治县", "苗族自治县", "县", "区", "市"];

    private readonly HashSet<string> _used = new(reserved ?? [], StringComparer.Ordinal);

    public string Create(string regionName, string? cityName)
    {
        var shortRegion = Shorten(regionName);
        for (var attempt = 0; ; attempt++)
        {
            var prefix = cityName is null || random.Next(2) == 0 ? shortRegion : Shorten(cityName) + shortRegion;
            var name = new StringBuilder();
            var roll = random.NextDouble();
            if (roll < 0.05)
            {
                name.Append(TwoWords()).Append('（').Append(shortRegion).Append('）');
            }
            else
            {
                name.Append(prefix).Append(TwoWords());
                if (roll < 0.09)
                {
                    name.Append(Pick(LatinTokens));
                }
            }

            if (attempt > 20)
            {
                name.Append(Pick(Words));
            }

            name.Append(Pick(Industries));
            var text = name.ToString();
            if (_used.Add(text))
            {
                return text;
            }
        }
    }

    internal static string Shorten(string regionName)
    {
        foreach (var suffix in NameSuffixes)
        {
            if (regionName.Length > suffix.Length + 1 && regionName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return regionName[..^suffix.Length];
            }
        }

        return regionName;
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private string TwoWords()
    {
        var first = random.Next(Words.Length);
        var second = (first + 1 + random.Next(Words.Length - 1)) % Words.Length;
        return Words[first] + Words[second];
    }
}
