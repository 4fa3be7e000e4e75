namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Unrelated notices of the same column: project calls, platform lists, meetings.</summary>
internal static class OtherNotices
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五"];

    public static List<Article> Create(Random random, EnterprisePool pool, int count, DateOnly horizon)
    {
        var start = new DateOnly(2019, 1, 2);
        var span = horizon.DayNumber - start.DayNumber;
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(random.Next(span + 1));
            var at = day.ToDateTime(new TimeOnly(random.Next(8, 19), random.Next(0, 60), random.Next(0, 60)));
            var template = random.Next(6);
            var article = new Article(ArticleKind.Other, at, Title(template, day.Year, Ordinals[random.Next(Ordinals.Length)]));
            if (template is 1 or 2)
            {
                var table = new PublishedTable(TableStyle.Plain, null, ["序号", "企业名称", "所属市州"]);
                for (var r = 1; r <= 3; r++)
                {
                    var firm = pool.All[random.Next(pool.All.Count)];
                    table.Rows.Add([r.ToString(), firm.Name, CellDirt.Region(random, firm.RegionCode)]);
                }

                article.Table = table;
            }

            articles.Add(article);
        }

        return articles;
    }

    private static string Title(int template, int year, string ordinal) => template switch
    {
        0 => $"关于组织申报{year}年度湖南省重点研发计划项目的通知",
        1 => $"关于公示湖南省{year}年第{ordinal}批拟认定工程技术研究中心名单的通知",
        2 => $"关于公布湖南省{year}年第{ordinal}批众创空间备案名单的通知",
        3 => $"关于召开{year}年全省科技工作会议的通知",
        4 => $"关于开展{year}年度湖南省科技创新平台绩效评价工作的通知",
        _ => $"关于做好{year}年度技术合同认定登记工作的通知",
    };
}
