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
            .Append("<div class=\"main\">\n<div class=\"position\">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div>\n");
        var items = articles.Skip((page - 1) * options.PageSize).Take(options.PageSize);
        var pagination = MarkupProfiles.ListPagination(options);
        switch (options.MarkupProfile)
        {
            case MarkupProfiles.TableRows:
                AppendTableRows(html, items);
                break;
            case MarkupProfiles.Trs:
                AppendTrsItems(html, items);
                break;
            default:
                AppendListItems(html, items);
                break;
        }

        if (pagination == MarkupProfiles.Trs)
        {
            // The Hunan column template: div id first, 1-based, no record count.
            html.Append("<div id=\"paging\"></div><script>createPageHTML('paging', ").Append(pages).Append(", ")
                .Append(page).Append(", 'index','html');</script>\n");
        }
        else if (pagination is "nextlink" or "pagequery")
        {
            AppendPageLinks(html, page, pages, articles.Count, pagination);
        }
        else if (pagination == "classic")
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

    private static void AppendListItems(StringBuilder html, IEnumerable<Article> items)
    {
        html.Append("<ul class=\"list\">\n");
        foreach (var article in items)
        {
            var title = WebUtility.HtmlEncode(article.Title);
            html.Append("<li><a href=\"").Append(article.ListHref).Append("\" title=\"").Append(title).Append("\">")
                .Append(title).Append("</a><span>").Append(article.PublishedAt.ToString("yyyy-MM-dd"))
                .Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }

    // The older Hunan layout: one row per notice, the title link in the first cell and the date in the second.
    private static void AppendTableRows(StringBuilder html, IEnumerable<Article> items)
    {
        html.Append("<div class=\"tyl-main-right\">\n<table class=\"tyl-main-right-list\" width=\"100%\" cellspacing=\"0\">\n")
            .Append("<thead><tr><th class=\"bt\">标题</th><th class=\"rq\">发布日期</th></tr></thead>\n<tbody>\n");
        foreach (var article in items)
        {
            var title = WebUtility.HtmlEncode(article.Title);
            html.Append("<tr><td class=\"bt\"><a href=\"").Append(article.ListHref).Append("\" title=\"").Append(title)
                .Append("\" target=\"_blank\">").Append(title).Append("</a></td><td class=\"rq\">")
                .Append(article.PublishedAt.ToString("yyyy-MM-dd")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    // TRS WCM column template: the date span before the link, inside the #con_two_1 tab.
    private static void AppendTrsItems(StringBuilder html, IEnumerable<Article> items)
    {
        html.Append("<div class=\"list\" id=\"con_two_1\">\n<ul>\n");
        foreach (var article in items)
        {
            var title = WebUtility.HtmlEncode(article.Title);
            html.Append("<li><span class=\"date\">").Append(article.PublishedAt.ToString("yyyy-MM-dd")).Append("</span><a href=\"")
                .Append(article.ListHref).Append("\" title=\"").Append(title).Append("\" target=\"_blank\">").Append(title)
                .Append("</a></li>\n");
        }

        html.Append("</ul>\n</div>\n");
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
