using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>
/// Articles of the <c>trs</c> profile: TRS WCM metas, <c>h1.content_title</c>, a <c>#NewsArticlePubDay</c> line and a body pasted
/// from Word (MsoNormal paragraphs of nested styled spans, <c>&amp;nbsp;</c>, <c>&lt;o:p&gt;</c>) in <c>#zoom</c>, wrapped in
/// <c>.TRS_Editor</c> on some articles; inline lists as <c>MsoTableGrid</c> tables, attachments as <c>./P0….xlsx</c> links.
/// </summary>
internal static class TrsArticleRenderer
{
    private const string Source = "高新技术处";
    private const string BodyFont = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体";
    private const string WordEmpty = "<o:p></o:p>";

    public static string Render(Article article, string pubDate)
    {
        var title = WebUtility.HtmlEncode(article.Title);
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n")
            .Append("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
            .Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").Append(article.Gbk ? "gb2312" : "utf-8").Append("\" />\n")
            .Append("<meta name=\"SiteName\" content=\"湖南省科学技术厅\" />\n<meta name=\"ColumnName\" content=\"通知公告\" />\n")
            .Append("<meta name=\"ArticleTitle\" content=\"").Append(title).Append("\" />\n")
            .Append("<meta name=\"PubDate\" content=\"").Append(pubDate).Append("\" />\n")
            .Append("<meta name=\"ContentSource\" content=\"").Append(Source).Append("\" />\n")
            .Append("<title>").Append(title).Append("</title>\n</head>\n<body>\n<div class=\"main_con\">\n")
            .Append("<h1 class=\"content_title\">").Append(title).Append("</h1>\n")
            .Append("<div class=\"article_attr\"><span id=\"NewsArticlePubDay\">发布时间：").Append(article.PublishedAt.ToString("yyyy-MM-dd HH:mm"))
            .Append("</span> <span>信息来源：").Append(Source).Append("</span></div>\n<div id=\"zoom\">\n");
        if (article.TrsEditor)
        {
            html.Append("<div class=\"TRS_Editor\"><div class=\"Custom_UnionStyle\">\n");
        }

        var paragraphs = article.Paragraphs;
        var beforeList = Math.Min(2, paragraphs.Count);
        AppendParagraphs(html, paragraphs.Take(beforeList));
        if (article.AttachmentFileName is not null)
        {
            html.Append("<p class=\"MsoNormal\" style=\"line-height:28.0pt\"><span style=\"").Append(BodyFont).Append("\">附件：")
                .Append("<span lang=\"EN-US\"><a href=\"./").Append(article.AttachmentFileName).Append("\" target=\"_blank\" OLDSRC=\"/kjt/")
                .Append(article.AttachmentFileName).Append("\">").Append(WebUtility.HtmlEncode(article.AttachmentLinkText))
                .Append("</a></span></span><span lang=\"EN-US\">").Append(WordEmpty).Append("</span></p>\n");
        }
        else if (article.Table is not null)
        {
            WordTableHtml.RenderGrid(html, article.Table);
        }

        html.Append("<p class=\"MsoNormal\"><span lang=\"EN-US\">&nbsp;").Append(WordEmpty).Append("</span></p>\n");
        AppendParagraphs(html, paragraphs.Skip(beforeList));
        if (article.TrsEditor)
        {
            html.Append("</div></div>\n");
        }

        html.Append("</div>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Word splits a run wherever the formatting changed: here before the first digit, nested the way pasted text nests.
    private static void AppendParagraphs(StringBuilder html, IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var split = paragraph.AsSpan().IndexOfAnyInRange('0', '9');
            html.Append("<p class=\"MsoNormal\" style=\"text-indent:32.0pt;line-height:28.0pt\"><span style=\"").Append(BodyFont).Append("\">");
            if (split > 0)
            {
                html.Append(WebUtility.HtmlEncode(paragraph[..split])).Append("<span lang=\"EN-US\">")
                    .Append(WebUtility.HtmlEncode(paragraph[split..])).Append("</span>");
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(paragraph));
            }

            html.Append("</span><span lang=\"EN-US\">").Append(WordEmpty).Append("</span></p>\n");
        }
    }
}
