using System.Globalization;
using System.Text;

namespace YuanlingTech.Benchmarks;

/// <summary>Deterministic pages shaped like the provincial notices column: a Word-pasted list article and a list page.</summary>
public static class SyntheticPages
{
    private static readonly string[] Cities = ["长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "怀化市", "娄底市"];
    private static readonly string[] Stems = ["辰州", "五强溪", "星城", "湘江", "芙蓉", "岳麓", "洞庭", "武陵", "雪峰", "沅水"];
    private static readonly string[] Trades = ["矿业科技", "新材料", "智能装备", "生物医药", "电子信息", "新能源", "农业科技", "环保科技"];

    public static string BigTableArticle(int rows)
    {
        var html = new StringBuilder(rows * 160);
        html.Append("""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="ArticleTitle" content="关于公布湖南省2024年第一批认定高新技术企业名单的通知">
            <meta name="PubDate" content="2024-03-15 10:00:00"><meta name="ContentSource" content="高新技术处">
            <title>关于公布湖南省2024年第一批认定高新技术企业名单的通知</title></head><body>
            <div class="header"><ul class="nav"><li><a href="/kjt/index.html">首页</a></li></ul></div>
            <div class="article_content"><div class=WordSection1>
            <p class=MsoNormal><span style='font-size:16.0pt'>各市州科技局：现将名单予以公布。</span></p>
            <table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
            <tr><td colspan=4><p class=MsoNormal align=center><b><span>湖南省2024年第一批认定高新技术企业名单</span></b></p></td></tr>
            <tr><td><p class=MsoNormal><span>序&nbsp;号</span></p></td><td><p class=MsoNormal><span>企业名称</span></p></td><td><p class=MsoNormal><span>证书编号</span></p></td><td><p class=MsoNormal><span>所属市州</span></p></td></tr>

            """);
        for (var i = 1; i <= rows; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            html.Append("<tr><td><span lang=EN-US>").Append(n)
                .Append("</span></td><td><p class=MsoNormal><span>湖南").Append(Stems[i % Stems.Length]).Append(Trades[i % Trades.Length])
                .Append("有限公司</span></p></td><td>GR20244300").Append((i % 10000).ToString("D4", CultureInfo.InvariantCulture))
                .Append("</td><td>&nbsp;").Append(Cities[i % Cities.Length]).Append("</td></tr>\n");
        }

        html.Append("</table><p class=MsoNormal align=right><span>湖南省科学技术厅</span></p></div></div></body></html>");
        return html.ToString();
    }

    public static string ListPage(int items)
    {
        var html = new StringBuilder(items * 300);
        html.Append("""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告-湖南省科学技术厅</title>
            <link rel="stylesheet" href="/kjt/css/style.css"><script src="/kjt/js/page.js"></script></head><body>
            <div class="header"><ul class="nav">
            """);
        for (var i = 0; i < 40; i++)
        {
            html.Append("<li><a href=\"/kjt/col").Append(i.ToString(CultureInfo.InvariantCulture)).Append("/index.html\">栏目导航</a></li>");
        }

        html.Append("</ul></div><div class=\"main\"><ul class=\"list\">\n");
        for (var i = 0; i < items; i++)
        {
            var day = (i % 28 + 1).ToString("D2", CultureInfo.InvariantCulture);
            var id = (123456 - i).ToString(CultureInfo.InvariantCulture);
            html.Append("<li><a href=\"./202403/t202403").Append(day).Append('_').Append(id)
                .Append(".html\" title=\"关于公布湖南省2024年第").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("批认定高新技术企业名单的通知\" target=\"_blank\">关于公布湖南省2024年第").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("批认定高新技术企业名单的通知</a><span>2024-03-").Append(day).Append("</span></li>\n");
        }

        html.Append("</ul><div id=\"paging\"></div><script>createPageHTML('paging',50,1,'index','html',1000);</script></div>");
        html.Append("<div class=\"footer\"><p>主办：湖南省科学技术厅 地址：长沙市岳麓区 湘ICP备00000000号</p></div></body></html>");
        return html.ToString();
    }
}
