using System.Text;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>Generated article pages whose list tables are far larger than the parser reads in one piece.</summary>
internal static class LargeTablePages
{
    public static string Article(string tables, string info = "<div class=\"article_info\">发布时间: 2025-06-03 09:15 来源: 高新技术处</div>") =>
        $"<!DOCTYPE html><html><head><title>名单</title></head><body><h1>关于公布名单的通知</h1>\n{info}\n" +
        $"<div class=\"article_content\"><p>各有关单位：</p>{tables}<p>特此通知。</p></div>\n</body></html>";

    /// <summary>A Word-pasted list: uppercase tags, a spanning title row, thead, rowspans and colspans every few hundred rows.</summary>
    public static string WordTable(int rows)
    {
        var html = new StringBuilder("<TABLE class=\"MsoNormalTable\" style=\"border-collapse:collapse\" data-note=\"a > b\">\n");
        html.Append("<thead><TR><TD colspan=\"4\"><p class=\"MsoNormal\"><span>科技型中小企业名单</span></p></TD></TR>\n")
            .Append("<tr><th>序号</th><th>企业名称</th><th>入库编号</th><th>所属市州</th></tr></thead>\n<tbody>\n");
        for (var row = 1; row <= rows; row++)
        {
            html.Append(row % 97 == 0 ? "<TR style=\"height:20.1pt\">" : "<tr>")
                .Append("<td>").Append(row).Append("</td>")
                .Append("<td><p class=\"MsoNormal\"><span style=\"font-family:仿宋\">企业&nbsp;").Append(row).Append("<br>有限公司</span></p></td>");
            var offset = (row + 5) % 250;
            if (offset == 0)
            {
                // Spans that start a few rows before a multiple of 500 cross the reader's piece boundaries.
                html.Append("<td colspan=\"2\" rowspan=\"7\">合并&#12288;").Append(row).Append("</td>");
            }
            else if (offset is 0 or > 6 || row <= 6)
            {
                html.Append("<td>202543").Append(row.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>怀化市</td>");
            }

            html.Append(row % 3 == 0 ? "</tr>\n" : "\n");
            if (row % 1000 == 0)
            {
                html.Append("<!-- <tr><td>不是一行</td></tr> -->\n");
            }
        }

        return html.Append("</tbody></TABLE>\n").ToString();
    }

    /// <summary>A plain list of numbered rows with two columns.</summary>
    public static string PlainTable(int rows, string rowAttributes = "", string cellExtra = "")
    {
        var html = new StringBuilder("<table border=\"1\">\n<tr><th>序号</th><th>企业名称</th></tr>\n");
        for (var row = 1; row <= rows; row++)
        {
            html.Append("<tr").Append(rowAttributes).Append("><td>").Append(row).Append("</td><td>公司").Append(row)
                .Append(row == rows / 2 ? cellExtra : string.Empty).Append("</td></tr>\n");
        }

        return html.Append("</table>\n").ToString();
    }
}
