using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>An inline list as Word 2010+ pastes it into TRS: <c>MsoTableGrid</c>, every cell a MsoNormal paragraph of nested spans.</summary>
internal static class WordTableHtml
{
    private const string Cell = "<td width=\"113\" valign=\"top\" style=\"width:3.0cm;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt\">";

    public static void RenderGrid(StringBuilder html, PublishedTable table)
    {
        html.Append("<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" ")
            .Append("style=\"border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184\">\n<tbody>\n");
        if (table.Caption is not null)
        {
            html.Append("<tr style=\"mso-yfti-irow:0;mso-yfti-firstrow:yes\"><td colspan=\"").Append(table.Headers.Count)
                .Append("\" style=\"border:none;padding:0cm 5.4pt 0cm 5.4pt\"><p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">")
                .Append("<b><span style=\"font-size:18.0pt;font-family:方正小标宋简体\">").Append(WebUtility.HtmlEncode(table.Caption))
                .Append("<span lang=\"EN-US\"><o:p></o:p></span></span></b></p></td></tr>\n");
        }

        AppendRow(html, table.Headers, bold: true);
        foreach (var row in table.Rows)
        {
            AppendRow(html, row.Select(c => Convert.ToString(c) ?? ""), bold: false);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendRow(StringBuilder html, IEnumerable<string> cells, bool bold)
    {
        html.Append("<tr style=\"height:19.85pt\">");
        foreach (var cell in cells)
        {
            html.Append(Cell).Append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center;line-height:20.0pt\">");
            if (bold)
            {
                html.Append("<b>");
            }

            html.Append("<span style=\"font-size:12.0pt;font-family:仿宋_GB2312\">");
            html.Append(cell.Length == 0
                ? "<span lang=\"EN-US\">&nbsp;<o:p></o:p></span>"
                : $"<span lang=\"EN-US\" style=\"mso-bidi-font-family:宋体\">{WebUtility.HtmlEncode(cell)}</span><span lang=\"EN-US\"><o:p></o:p></span>");
            html.Append("</span>");
            if (bold)
            {
                html.Append("</b>");
            }

            html.Append("</p></td>");
        }

        html.Append("</tr>\n");
    }
}
