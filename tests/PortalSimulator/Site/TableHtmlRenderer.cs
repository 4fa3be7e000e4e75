using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Inline list tables: a plain CMS table or one pasted from Word (MsoNormalTable).</summary>
internal static class TableHtmlRenderer
{
    private const string WordCell = "<td width=\"120\" valign=\"center\" style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt\">";

    public static void Render(StringBuilder html, PublishedTable table)
    {
        if (table.Style == TableStyle.Word)
        {
            RenderWord(html, table);
        }
        else
        {
            RenderPlain(html, table);
        }
    }

    private static void RenderPlain(StringBuilder html, PublishedTable table)
    {
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
        if (table.Caption is not null)
        {
            html.Append("<tr><td colspan=\"").Append(table.Headers.Count).Append("\" align=\"center\"><strong>")
                .Append(WebUtility.HtmlEncode(table.Caption)).Append("</strong></td></tr>\n");
        }

        html.Append("<tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Convert.ToString(cell) ?? "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void RenderWord(StringBuilder html, PublishedTable table)
    {
        html.Append("<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" ")
            .Append("style=\"border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt\">\n<tbody>\n");
        if (table.Caption is not null)
        {
            html.Append("<tr style=\"height:30.0pt\"><td colspan=\"").Append(table.Headers.Count)
                .Append("\" style=\"border:none;padding:0cm 5.4pt 0cm 5.4pt\"><p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">")
                .Append("<span style=\"font-size:16.0pt;font-family:方正小标宋简体\">")
                .Append(WebUtility.HtmlEncode(table.Caption)).Append("</span></p></td></tr>\n");
        }

        AppendWordRow(html, table.Headers, "font-size:12.0pt;font-family:黑体");
        foreach (var row in table.Rows)
        {
            AppendWordRow(html, row.Select(c => Convert.ToString(c) ?? ""), "font-size:11.0pt;font-family:仿宋_GB2312");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendWordRow(StringBuilder html, IEnumerable<string> cells, string font)
    {
        html.Append("<tr style=\"height:20.1pt\">");
        foreach (var cell in cells)
        {
            var text = cell.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(cell);
            html.Append(WordCell).Append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><span style=\"")
                .Append(font).Append("\">").Append(text).Append("</span></p></td>");
        }

        html.Append("</tr>\n");
    }
}
