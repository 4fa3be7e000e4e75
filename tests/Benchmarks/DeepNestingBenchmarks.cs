using System.Text;
using BenchmarkDotNet.Attributes;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Benchmarks;

/// <summary>
/// A 1.1 MB page of 100,000 nested &lt;div&gt; (unbounded, AngleSharp took minutes on it): what refusing it costs the
/// article and list parsers with the default depth limit. Each method returns the error's length.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class DeepNestingBenchmarks
{
    public const int Depth = 100_000;

    private static readonly Uri Url = new("http://kjt.hunan.gov.cn/kjt/xxgk/tzgg/202403/t20240315_654321.html");

    private readonly ArticleParser _articleParser = new();
    private readonly NoticeListParser _listParser = new();
    private string _page = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>", (Depth * 11) + 100);
        for (var level = 0; level < Depth; level++)
        {
            html.Append("<div>");
        }

        html.Append("text");
        for (var level = 0; level < Depth; level++)
        {
            html.Append("</div>");
        }

        _page = html.Append("</body></html>").ToString();
    }

    [Benchmark]
    public int Deep_ArticleParser_Refused() => Refused(() => _articleParser.Parse(_page, Url, CancellationToken.None));

    [Benchmark]
    public int Deep_NoticeListParser_Refused() => Refused(() => _listParser.Parse(_page, Url, NoticeListParser.DefaultItemSelector, CancellationToken.None));

    private static int Refused(Action parse)
    {
        try
        {
            parse();
            throw new InvalidOperationException("the deep page was parsed, not refused");
        }
        catch (LayoutChangedException ex)
        {
            return ex.Message.Length;
        }
    }
}
