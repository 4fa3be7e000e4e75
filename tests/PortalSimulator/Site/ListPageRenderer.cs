using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>The notices column list pages and their createPageHTML pagination script.</summary>
internal static class ListPageRenderer
{
    public static string PageFileName(int page, string paginationStyle) => page switch
    {
        1 => "index.html",
        _ when paginationStyle == "classic" => $"index_{page - 1}.html",
        _ => $"index_{page}.html",
    };

    public static string Render(IReadOnlyList<Article> articles, int page, int pages, SimulatorOptions options)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>通知公告 - 湖南省科学技术厅</title>\n</head>\n<body>\n")
            .Append("<div class=\"header\"><a href=\"/kjt/\">湖南省科学技术厅</a></div>\n")
            .Append("<div class=\"main\">\n<div class=\"position\">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div>\n")
            .Append("<ul class=\"list\">\n");
        foreach (var article in articles.Skip((page - 1) * options.PageSize).Take(options.PageSize))
        {
            var title = WebUtility.HtmlEncode(article.Title);
            html.Append("<li><a href=\"").Append(article.ListHref).Append("\" title=\"").Append(title).Append("\">")
                .Append(title).Append("</a><span>").Append(article.PublishedAt.ToString("yyyy-MM-dd"))
                .Append("</span></li>\n");
        }

        html.Append("</ul>\n");
        if (options.PaginationStyle == "classic")
        {
            html.Append("<div class=\"page\"><script>createPageHTML(").Append(pages).Append(", ").Append(page - 1)
                .Append(", \"index\", \"html\");</script></div>\n");
        }
        else
        {
            html.Append("<div id=\"paging\"></div><script>createPageHTML('paging',").Append(pages).Append(',')
                .Append(page).Append(",'index','html',").Append(articles.Count).Append(");</script>\n");
        }

        html.Append("</div>\n<div class=\"footer\">主办：湖南省科学技术厅</div>\n</body>\n</html>\n");
        return html.ToString();
    }
}
