using System.Net;
using System.Text;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>innocom-style pages: <c>list_gsgg_l3[_N].shtml</c> with <c>ul.list &gt; li</c> (a + span date), and detail pages with <c>div#detailContent</c>.</summary>
internal static class NationalPageRenderer
{
    public const string ListName = "list_gsgg_l3";

    public static string ListPath(int page) => NationalAnnouncement.ListFolder + (page == 1 ? $"{ListName}.shtml" : $"{ListName}_{page}.shtml");

    public static string List(IReadOnlyList<NationalAnnouncement> newestFirst, int page, int pages, int pageSize)
    {
        var html = new StringBuilder(4096)
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>湖南 - 高新技术企业认定管理工作网</title>\n</head>\n<body>\n")
            .Append("<div class=\"nav\"><a href=\"/gqrdw/index.shtml\">首页</a> &gt; 公示公告 &gt; 湖南</div>\n<ul class=\"list\">\n");
        foreach (var item in newestFirst.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var title = WebUtility.HtmlEncode(item.Title);
            html.Append("<li><a href=\"").Append(item.Path).Append("\" title=\"").Append(title).Append("\" target=\"_blank\">")
                .Append(title).Append("</a><span>").Append(item.PublishedAt.ToString("yyyy-MM-dd")).Append("</span></li>\n");
        }

        return html.Append("</ul>\n<div id=\"paging\"></div><script>createPageHTML('paging',").Append(pages).Append(',').Append(page)
            .Append(",'").Append(ListName).Append("','shtml',").Append(newestFirst.Count).Append(");</script>\n</body>\n</html>\n")
            .ToString();
    }

    public static string Detail(NationalAnnouncement item)
    {
        var title = WebUtility.HtmlEncode(item.Title);
        var html = new StringBuilder(2048)
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title)
            .Append("</title>\n</head>\n<body>\n<div class=\"detail\">\n<h1>").Append(title).Append("</h1>\n<div class=\"info\">发布时间：")
            .Append(item.PublishedAt.ToString("yyyy-MM-dd HH:mm")).Append("</div>\n<div id=\"detailContent\">\n")
            .Append("<p>根据《高新技术企业认定管理办法》（国科发火〔2016〕32号）和《高新技术企业认定管理工作指引》（国科发火〔2016〕195号）有关规定，现予公告。</p>\n");
        if (item.HasPdf)
        {
            html.Append("<p>附件：<a href=\"").Append(item.PdfHref).Append("\">").Append(WebUtility.HtmlEncode(item.PdfTitle)).Append(".pdf</a></p>\n");
        }

        return html.Append("<p style=\"text-align:right\">全国高新技术企业认定管理工作领导小组办公室</p>\n</div>\n</div>\n</body>\n</html>\n").ToString();
    }
}
