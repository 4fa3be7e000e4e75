using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Article pages: ArticleTitle/PubDate/ContentSource metas, 发布时间 line, body with table or attachment.</summary>
internal static class ArticleRenderer
{
    private const string Source = "高新技术处";

    public static string Render(Article article, string markupProfile)
    {
        if (markupProfile == MarkupProfiles.Trs)
        {
            return TrsArticleRenderer.Render(article, PubDate(article));
        }

        var title = WebUtility.HtmlEncode(article.Title);
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n")
            .Append(article.Gbk
                ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
                : "<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"ArticleTitle\" content=\"").Append(title).Append("\">\n")
            .Append("<meta name=\"PubDate\" content=\"").Append(PubDate(article)).Append("\">\n")
            .Append("<meta name=\"ContentSource\" content=\"").Append(Source).Append("\">\n")
            .Append("<title>").Append(title).Append(" - 湖南省科学技术厅</title>\n</head>\n<body>\n")
            .Append("<div class=\"article\">\n<h1 class=\"article_title\">").Append(title).Append("</h1>\n")
            .Append("<div class=\"article_info\">发布时间: ").Append(article.PublishedAt.ToString("yyyy-MM-dd HH:mm"))
            .Append(" 来源: ").Append(Source).Append(" 【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</div>\n")
            .Append("<div class=\"article_content\">\n");
        if (article.TrsEditor)
        {
            html.Append("<div class=\"TRS_Editor\">\n");
        }

        var paragraphs = article.Paragraphs;
        var beforeList = Math.Min(2, paragraphs.Count);
        AppendParagraphs(html, paragraphs.Take(beforeList));
        if (article.AttachmentFileName is not null)
        {
            html.Append("<p>附件：<a href=\"./").Append(article.AttachmentFileName).Append("\">")
                .Append(WebUtility.HtmlEncode(article.AttachmentLinkText)).Append("</a></p>\n");
        }
        else if (article.Table is not null)
        {
            TableHtmlRenderer.Render(html, article.Table);
        }

        AppendParagraphs(html, paragraphs.Skip(beforeList));
        if (article.TrsEditor)
        {
            html.Append("</div>\n");
        }

        html.Append("</div>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string PubDate(Article article) => article.PubDateFormat switch
    {
        0 => article.PublishedAt.ToString("yyyy-MM-dd HH:mm:ss"),
        1 => article.PublishedAt.ToString("yyyy-MM-dd"),
        _ => article.PublishedAt.ToString("yyyy年MM月dd日 HH:mm"),
    };

    private static void AppendParagraphs(StringBuilder html, IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }
    }
}
