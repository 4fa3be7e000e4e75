using System.Net;
using System.Text;
using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Site;

/// <summary>The notices column list pages and their pagination: a createPageHTML script, or 下一页/尾页 links only.</summary>
internal static class ListPageRenderer
{
    public static string PageFileName(int page, string paginationStyle) => page switch
    {
        1 => "index.html",
        _ when paginationStyle == "classic" => $"index_{page - 1}.html",
        _ when paginationStyle == "pagequery" => $"index.html?page={page}",
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
        if (options.PaginationStyle is "nextlink" or "pagequery")
        {
            AppendPageLinks(html, page, pages, articles.Count, options.PaginationStyle);
        }
        else if (options.PaginationStyle == "classic")
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

    // nextlink: the links alone (as on a column whose script was removed); pagequery: links and a result counter.
    private static void AppendPageLinks(StringBuilder html, int page, int pages, int total, string style)
    {
        html.Append("<div class=\"pagination\">");
        if (style == "pagequery")
        {
            html.Append("共 ").Append(total).Append(" 条记录，共 ").Append(pages).Append(" 页，当前第 ").Append(page).Append(" 页 ");
        }

        html.Append("<a href=\"index.html\">首页</a> ");
        html.Append(page > 1 ? $"<a href=\"{Href(page - 1, style)}\">上一页</a> " : "<span>上一页</span> ");
        html.Append(page < pages ? $"<a href=\"{Href(page + 1, style)}\">下一页</a> " : "<span>下一页</span> ");
        html.Append("<a href=\"").Append(Href(pages, style)).Append("\">").Append(style == "pagequery" ? "末页" : "尾页").Append("</a></div>\n");
    }

    private static string Href(int page, string style) => page == 1 && style == "nextlink" ? "index.html" : PageFileName(page, style);
}
