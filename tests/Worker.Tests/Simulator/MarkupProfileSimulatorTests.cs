using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using YuanlingTech.PortalSimulator;

namespace YuanlingTech.Worker.Tests.Simulator;

/// <summary>What each markup profile serves over HTTP: the table-rows list, the TRS list and articles, the stacked xlsx header.</summary>
public sealed partial class MarkupProfileSimulatorTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public async Task TableRowsList_HasRowsWithTheDateInACell_AndOnlyNextAndLastLinks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var portal = await SimulatorHost.StartAsync(new SimulatorOptions { MarkupProfile = "table-rows" }, ct);
        using var http = new HttpClient();

        var html = await http.GetStringAsync(portal.HnteListUrl, ct);

        Assert.Matches(@"<tr><td class=""bt""><a href=""\./\d{6}/t\d{8}_\d+\.html"" title=""[^""]+""[^>]*>[^<]+</a></td><td class=""rq"">\d{4}-\d{2}-\d{2}</td></tr>", html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul class=\"list\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"index_2.html\">下一页</a>", html, StringComparison.Ordinal);
        Assert.Matches(@"<a href=""index_\d+\.html"">尾页</a>", html);
    }

    [Fact]
    public async Task TrsArticle_LinksItsXlsxAsP0File_WhoseStackedHeaderIsMergedAfterTheSheetData()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var portal = await SimulatorHost.StartAsync(new SimulatorOptions { MarkupProfile = "trs" }, ct);
        using var http = new HttpClient();
        var list = await http.GetStringAsync(portal.HnteListUrl, ct);
        Assert.Contains("<div class=\"list\" id=\"con_two_1\">", list, StringComparison.Ordinal);
        Assert.Matches(@"createPageHTML\('paging', \d+, 1, 'index','html'\);", list);

        var (articleUrl, attachment) = await FirstAttachmentAsync(http, portal.HnteListUrl, list, ct);
        var article = await http.GetStringAsync(articleUrl, ct);
        var bytes = await http.GetByteArrayAsync(attachment, ct);

        Assert.Contains("<meta name=\"ArticleTitle\"", article, StringComparison.Ordinal);
        Assert.Contains("<div id=\"zoom\">", article, StringComparison.Ordinal);
        Assert.Contains("<o:p></o:p>", article, StringComparison.Ordinal);
        Assert.Matches(@"^P0\d{8}\d{12}\.xlsx$", attachment.Segments[^1]);
        var worksheet = SheetXml(bytes).Root!;
        var names = worksheet.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.True(names.IndexOf("sheetData") < names.IndexOf("mergeCells"), string.Join(",", names));
        Assert.True(names.IndexOf("autoFilter") < names.IndexOf("mergeCells"), string.Join(",", names));
        var merges = worksheet.Element(Sheet + "mergeCells")!.Elements(Sheet + "mergeCell").Select(m => m.Attribute("ref")!.Value).ToList();
        Assert.Contains(merges, r => VerticalPair().IsMatch(r) && r.StartsWith('A'));
        Assert.Contains(merges, r => HorizontalPair().IsMatch(r));
    }

    private static async Task<(Uri Article, Uri Attachment)> FirstAttachmentAsync(HttpClient http, Uri listUrl, string list, CancellationToken ct)
    {
        foreach (Match item in ArticleHref().Matches(list))
        {
            var articleUrl = new Uri(listUrl, item.Groups[1].Value);
            var link = AttachmentHref().Match(await http.GetStringAsync(articleUrl, ct));
            if (link.Success)
            {
                return (articleUrl, new Uri(articleUrl, link.Groups[1].Value));
            }
        }

        throw new InvalidOperationException("no article of the first list page has an xlsx attachment");
    }

    private static XDocument SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(sheet);
    }

    [GeneratedRegex(@"href=""(\./\d{6}/t\d{8}_\d+\.html)""")]
    private static partial Regex ArticleHref();

    [GeneratedRegex(@"href=""(\./P0\d{20}\.xlsx)""")]
    private static partial Regex AttachmentHref();

    [GeneratedRegex(@"^([A-Z]+)(\d+):\1(\d+)$")]
    private static partial Regex VerticalPair();

    [GeneratedRegex(@"^([A-Z]+)(\d+):(?!\1\d)([A-Z]+)\2$")]
    private static partial Regex HorizontalPair();
}
