using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Benchmarks;

/// <summary>
/// AngleSharp against HtmlAgilityPack on our two page shapes: parse, select the rows, read every cell's text.
/// Each method returns the number of rows it read so the work cannot be optimised away.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class ParsingBenchmarks
{
    public const int TableRows = 2000;
    public const int ListItems = 20;

    private static readonly Uri ArticleUrl = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_123456.html");
    private static readonly Uri ListUrl = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/index.html");

    private readonly HtmlParser _angleSharp = new();
    private readonly ArticleParser _articleParser = new();
    private readonly NoticeListParser _listParser = new();
    private string _article = string.Empty;
    private string _list = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _article = SyntheticPages.BigTableArticle(TableRows);
        _list = SyntheticPages.ListPage(ListItems);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("table")]
    public int Table_AngleSharp()
    {
        using var document = _angleSharp.ParseDocument(_article);
        var rows = 0;
        foreach (var row in document.QuerySelectorAll("table tr"))
        {
            rows += row.QuerySelectorAll("td").Sum(cell => cell.TextContent.Length) > 0 ? 1 : 0;
        }

        return rows;
    }

    [Benchmark]
    [BenchmarkCategory("table")]
    public int Table_HtmlAgilityPack_Default() => HapTableRows(new HtmlDocument());

    [Benchmark]
    [BenchmarkCategory("table")]
    public int Table_HtmlAgilityPack_NoSyntaxCheck() => HapTableRows(new HtmlDocument { OptionCheckSyntax = false });

    [Benchmark]
    [BenchmarkCategory("table")]
    public int Table_ArticleParser() => _articleParser.Parse(_article, ArticleUrl, CancellationToken.None).Tables.Sum(table => table.Rows.Count);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("list")]
    public int List_AngleSharp()
    {
        using var document = _angleSharp.ParseDocument(_list);
        var items = 0;
        foreach (var item in document.QuerySelectorAll("ul.list li"))
        {
            var anchor = item.QuerySelector("a[href]");
            items += anchor?.GetAttribute("title")?.Length + item.QuerySelector("span")?.TextContent.Length > 0 ? 1 : 0;
        }

        return items;
    }

    [Benchmark]
    [BenchmarkCategory("list")]
    public int List_HtmlAgilityPack_Default() => HapListItems(new HtmlDocument());

    [Benchmark]
    [BenchmarkCategory("list")]
    public int List_HtmlAgilityPack_NoSyntaxCheck() => HapListItems(new HtmlDocument { OptionCheckSyntax = false });

    [Benchmark]
    [BenchmarkCategory("list")]
    public int List_NoticeListParser() => _listParser.Parse(_list, ListUrl, NoticeListParser.DefaultItemSelector, CancellationToken.None).Count;

    private int HapTableRows(HtmlDocument document)
    {
        document.LoadHtml(_article);
        var rows = 0;
        foreach (var row in document.DocumentNode.SelectNodes("//table//tr") ?? Enumerable.Empty<HtmlNode>())
        {
            rows += (row.SelectNodes("td") ?? Enumerable.Empty<HtmlNode>()).Sum(cell => HtmlEntity.DeEntitize(cell.InnerText).Length) > 0 ? 1 : 0;
        }

        return rows;
    }

    private int HapListItems(HtmlDocument document)
    {
        document.LoadHtml(_list);
        var items = 0;
        foreach (var item in document.DocumentNode.SelectNodes("//ul[contains(concat(' ', @class, ' '), ' list ')]/li") ?? Enumerable.Empty<HtmlNode>())
        {
            var anchor = item.SelectSingleNode(".//a[@href]");
            items += anchor?.GetAttributeValue("title", string.Empty).Length + item.SelectSingleNode(".//span")?.InnerText.Length > 0 ? 1 : 0;
        }

        return items;
    }
}
