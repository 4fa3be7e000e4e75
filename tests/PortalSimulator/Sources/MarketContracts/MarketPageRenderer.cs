using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>One result page of the technology market's registration query (UTF-8 HTML); the counter's wording follows the markup profile.</summary>
internal static class MarketPageRenderer
{
    public static readonly string[] Headers =
    [
        "登记编号", "项目名称", "合同类型", "卖方名称", "卖方统一社会信用代码", "卖方所在地区", "买方名称", "买方统一社会信用代码",
        "买方所在地区", "合同成交额（万元）", "技术交易额（万元）", "签订日期", "登记日期", "技术领域",
    ];

    public static string Render(string month, int page, int pages, int statedTotal, IReadOnlyList<SimContract> rows, string markupProfile)
    {
        var html = new StringBuilder(4096 + (rows.Count * 600));
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>技术合同登记查询 - 潇湘科技要素大市场</title>\n</head>\n<body>\n")
            .Append("<div class=\"header\">潇湘科技要素大市场 · 技术合同登记查询</div>\n")
            .Append("<form class=\"query\" action=\"query.html\" method=\"get\">登记月份：<input name=\"month\" value=\"")
            .Append(month).Append("\"> <button type=\"submit\">查询</button></form>\n")
            .Append("<table class=\"result\" border=\"1\">\n<thead><tr>");
        foreach (var header in Headers)
        {
            html.Append("<th>").Append(header).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<div class=\"pager\">");
        if (markupProfile == MarkupProfiles.Trs)
        {
            html.Append("共 ").Append(statedTotal).Append(" 条记录，共 ").Append(pages).Append(" 页，当前第 ").Append(page).Append(" 页");
        }
        else
        {
            html.Append("共 ").Append(statedTotal).Append(" 条 第 ").Append(page).Append('/').Append(pages).Append(" 页");
        }

        if (page > 1)
        {
            html.Append(" <a href=\"query.html?month=").Append(month).Append("&amp;page=").Append(page - 1).Append("\">上一页</a>");
        }

        if (page < pages)
        {
            html.Append(" <a href=\"query.html?month=").Append(month).Append("&amp;page=").Append(page + 1).Append("\">下一页</a>");
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }
}
