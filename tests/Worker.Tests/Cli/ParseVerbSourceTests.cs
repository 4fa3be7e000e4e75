using System.Text.Json;
using System.Text.RegularExpressions;
using YuanlingTech.Normalization.Manual;
using YuanlingTech.PortalSimulator;
using YuanlingTech.PortalSimulator.Sources.Manual;
using YuanlingTech.Worker.Cli;

namespace YuanlingTech.Worker.Tests.Cli;

/// <summary><c>parse</c> for every source and kind of input, against the simulator over HTTP and pages saved to files.</summary>
public sealed partial class ParseVerbSourceTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("yt-parse-");
    private readonly HttpClient _http = new();
    private SimulatorHost _simulator = null!;

    public async ValueTask InitializeAsync() =>
        _simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions { Scale = 0.01, Seed = 3, ManualInboxPath = Path.Combine(_folder.FullName, "inbox") }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        _http.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task TechSmeListPage_ClassifiesItsNotices_AndNamesEveryNextPageTheWalkWouldFetch()
    {
        var lines = await ParseOkAsync("kjt-techsme", _simulator.HnteListUrl.AbsoluteUri);

        Assert.Contains(lines, l => Type(l) == "notice" && l.GetProperty("kind").GetString() == "Registered");
        var pagination = lines.Single(l => Type(l) == "pagination");
        Assert.Equal("createPageHTML", pagination.GetProperty("by").GetString());
        var next = lines.Where(l => Type(l) == "next").Select(l => l.GetProperty("url").GetString()!).ToList();
        Assert.Equal(pagination.GetProperty("pageCount").GetInt32() - 1, next.Count);
        Assert.Equal(next.Count, next.Distinct().Count());
        var seen = Notices(lines).ToHashSet();
        foreach (var page in new[] { next[0], next[^1] })
        {
            var notices = Notices(await ParseOkAsync("kjt-techsme", page)).ToList();
            Assert.NotEmpty(notices);
            Assert.DoesNotContain(notices, seen.Contains);
        }
    }

    [Fact]
    public async Task TechSmeArticle_ByUrl_PrintsItsRecordsAndRejects_FromEveryRow()
    {
        var article = await NoticeUrlAsync("kjt-techsme", "Registered");

        var lines = await ParseOkAsync("kjt-techsme", article.AbsoluteUri);

        var head = lines[0];
        Assert.Equal("article", Type(head));
        var records = lines.Where(l => Type(l) == "record").Select(l => l.GetProperty("record")).ToList();
        var rejects = lines.Where(l => Type(l) == "reject").Select(l => l.GetProperty("reject")).ToList();
        Assert.NotEmpty(records);
        Assert.InRange(records.Count + rejects.Count, 1, head.GetProperty("rows").GetInt32());
        var table = head.GetProperty("table").GetString();
        var truth = _simulator.GroundTruth.Source<TechSmeTruth>(TechSmeTruth.SourceId);
        Assert.Equal(
            truth.Rejects.Where(r => r.DocumentUrl == table).Select(r => r.RowNumber).Distinct().Order(),
            rejects.Select(r => r.GetProperty("rowNumber").GetInt32()).Order());
        var registered = truth.Records.Where(r => r.RegistrationNo is not null).Select(r => r.RegistrationNo).ToHashSet();
        Assert.All(records, r => Assert.Contains(r.GetProperty("certificateNo").GetString(), registered));
    }

    [Fact]
    public async Task HnteXlsxList_GivenAlone_YieldsTheRecordsOfItsArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        var (article, xlsx) = await ArticleWithXlsxAsync(ct);
        var fromArticle = await ParseOkAsync("kjt-hnte", article.AbsoluteUri);
        var title = fromArticle[0].GetProperty("title").GetString()!;
        var published = fromArticle[0].GetProperty("context").GetProperty("publishedOn").GetString()!;
        var file = Path.Combine(_folder.FullName, "list.xlsx");
        await File.WriteAllBytesAsync(file, await _http.GetByteArrayAsync(xlsx, ct), ct);

        var fromFile = await ParseOkAsync("kjt-hnte", file, "--title", title, "--published", published);

        Assert.Equal(Records(fromArticle).Select(r => r.GetProperty("certificateNo").GetString()), Records(fromFile).Select(r => r.GetProperty("certificateNo").GetString()));
        Assert.NotEmpty(Records(fromFile));
    }

    [Fact]
    public async Task ListPage_WithTitleClassedCells_IsAListPage_WhenAnItemSelectorIsGiven()
    {
        // The first class="title" carries a list title: read as an article, the page failed with "no publication date".
        var file = Path.Combine(_folder.FullName, "list.html");
        await File.WriteAllTextAsync(file, """
            <html><head><title>通知公告</title></head><body>
            <table class="news"><tr><td class="title"><a href="./202503/t20250310_1.html">关于湖南省2025年第一批拟认定高新技术企业名单的公示</a></td><td class="date">2025-03-10</td></tr>
            <tr><td class="title"><a href="./202503/t20250302_2.html">关于举办科技活动周的通知</a></td><td class="date">2025-03-02</td></tr></table>
            </body></html>
            """, TestContext.Current.CancellationToken);

        var lines = await ParseOkAsync("kjt-hnte", file, "--item-selector", "table.news tr");

        var notices = lines.Where(l => Type(l) == "notice").ToList();
        Assert.Equal(2, notices.Count);
        Assert.Equal(Path.Combine(_folder.FullName, "202503", "t20250310_1.html"), new Uri(new Uri(file), notices[0].GetProperty("url").GetString()).LocalPath);
        Assert.Equal("Proposed", notices[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, notices[1].GetProperty("kind").ValueKind);
        Assert.Equal("single page", lines.Single(l => Type(l) == "pagination").GetProperty("by").GetString());
        Assert.DoesNotContain(lines, l => Type(l) == "next");
    }

    [Fact]
    public async Task NextLinkListPage_NamesTheNextPageItsLinkLeadsTo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Seed = 3, PaginationStyle = "nextlink" }, ct);

        var lines = await ParseOkAsync("kjt-hnte", simulator.HnteListUrl.AbsoluteUri, "--item-selector", "ul.list li");

        Assert.Equal("nextLink", lines.Single(l => Type(l) == "pagination").GetProperty("by").GetString());
        var next = Assert.Single(lines, l => Type(l) == "next");
        Assert.Equal(2, next.GetProperty("page").GetInt32());
        var second = Notices(await ParseOkAsync("kjt-hnte", next.GetProperty("url").GetString()!)).ToList();
        Assert.NotEmpty(second);
        Assert.DoesNotContain(second, Notices(lines).ToHashSet().Contains);
    }

    [Fact]
    public async Task MarketQueryPage_PrintsTheCounter_AndTheMonthsFurtherPageUrls()
    {
        var url = new Uri(_simulator.BaseUrl, "market/query.html?month=2025-03&page=1");

        var lines = await ParseOkAsync("market-contracts", url.AbsoluteUri);

        var page = lines[0];
        var pages = page.GetProperty("pages").GetInt32();
        var next = lines.Where(l => Type(l) == "next").Select(l => l.GetProperty("url").GetString()!).ToList();
        Assert.Equal(pages - 1, next.Count);
        Assert.All(next, (u, i) => Assert.EndsWith($"month=2025-03&page={i + 2}", u, StringComparison.Ordinal));
        var rowsOnAllPages = page.GetProperty("rows").GetInt32();
        foreach (var u in next)
        {
            rowsOnAllPages += (await ParseOkAsync("market-contracts", u))[0].GetProperty("rows").GetInt32();
        }

        Assert.Equal(page.GetProperty("total").GetInt32(), rowsOnAllPages);
    }

    [Fact]
    public async Task LoanApiPage_Saved_PrintsItsRecords_TheCursorItLeaves_AndTheNextPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = new Uri(_simulator.BaseUrl, "kvloan/api/loans?page=1&size=20");
        var file = Path.Combine(_folder.FullName, "loans-page1.json");
        await File.WriteAllBytesAsync(file, await _http.GetByteArrayAsync(url, ct), ct);

        var saved = await ParseOkAsync("kv-loans", file);
        var live = await ParseOkAsync("kv-loans", url.AbsoluteUri);

        var page = saved[0];
        Assert.Equal(20, page.GetProperty("rows").GetInt32());
        Assert.Equal(20, saved.Count(l => Type(l) is "record" or "reject"));
        var cursor = saved.Single(l => Type(l) == "cursor");
        Assert.Equal(2, cursor.GetProperty("nextPage").GetInt32());
        Assert.False(string.IsNullOrEmpty(cursor.GetProperty("cursor").GetProperty("loanNo").GetString()));
        var nextUrl = live.Single(l => Type(l) == "cursor").GetProperty("nextUrl").GetString()!;
        Assert.EndsWith("page=2&size=20", nextUrl, StringComparison.Ordinal);
        Assert.Equal(20, (await ParseOkAsync("kv-loans", nextUrl)).Count(l => Type(l) is "record" or "reject"));
    }

    [Fact]
    public async Task LoanMonthlyExport_PrintsARecordOrRejectPerRow()
    {
        var ct = TestContext.Current.CancellationToken;
        var index = new Uri(_simulator.BaseUrl, "kvloan/export/index.json");
        using var files = JsonDocument.Parse(await _http.GetByteArrayAsync(index, ct));
        var first = new Uri(index, files.RootElement.GetProperty("files")[0].GetProperty("url").GetString());

        var lines = await ParseOkAsync("kv-loans", first.AbsoluteUri);

        Assert.Equal("export", Type(lines[0]));
        Assert.True(lines[0].GetProperty("rows").GetInt32() > 0);
        Assert.Equal(lines[0].GetProperty("rows").GetInt32(), lines.Count(l => Type(l) is "record" or "reject"));
        Assert.Contains(lines, l => Type(l) == "record");
    }

    [Fact]
    public async Task InboxFiles_ShowTheTemplateAndOutcomeTheGroundTruthExpects_WithoutMovingThem()
    {
        var truth = (ManualTruth)_simulator.GroundTruth.Sources["manual"];
        var inbox = Path.Combine(_folder.FullName, "inbox");
        foreach (var expected in truth.Files.Take(6).Concat(truth.Files.Where(f => f.Destination == "rejected").Take(2)))
        {
            var path = Path.Combine(inbox, expected.Name);

            var lines = await ParseOkAsync("manual", path);

            var file = lines[0];
            Assert.Equal(expected.Template, file.GetProperty("template").GetString());
            Assert.Equal(expected.Destination == "archive" ? InboxFileStatus.Loaded : InboxFileStatus.Rejected, file.GetProperty("status").GetString());
            if (expected.Destination == "archive")
            {
                Assert.Equal(expected.Rows, lines.Count(l => Type(l) == "record"));
            }

            Assert.True(File.Exists(path), $"{path} was moved");
        }

        Assert.Empty(Directory.Exists(Path.Combine(inbox, "archive")) ? Directory.GetFiles(Path.Combine(inbox, "archive")) : []);
    }

    [Fact]
    public async Task ALoanPageThatIsNotJson_FailsWithOneLineNamingIt()
    {
        var file = Path.Combine(_folder.FullName, "page.json");
        await File.WriteAllTextAsync(file, "<html>maintenance</html>", TestContext.Current.CancellationToken);
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int exit;
        try
        {
            exit = await ParseVerb.RunAsync(CliCommand.Parse(["parse", "--source", "kv-loans", file], new HashSet<string>()), TextWriter.Null, TestContext.Current.CancellationToken);
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(ExitCodes.Failed, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(new Uri(file).AbsoluteUri, line, StringComparison.Ordinal);
        Assert.Contains("not JSON", line, StringComparison.Ordinal);
    }

    private static string? Type(JsonElement line) => line.GetProperty("type").GetString();

    private static IEnumerable<string> Notices(List<JsonElement> lines) =>
        lines.Where(l => Type(l) == "notice").Select(l => l.GetProperty("url").GetString()!);

    private static List<JsonElement> Records(List<JsonElement> lines) =>
        [.. lines.Where(l => Type(l) == "record").Select(l => l.GetProperty("record"))];

    private async Task<Uri> NoticeUrlAsync(string source, string kind) =>
        new((await ParseOkAsync(source, _simulator.HnteListUrl.AbsoluteUri))
            .First(l => Type(l) == "notice" && l.GetProperty("kind").GetString() == kind).GetProperty("url").GetString()!);

    /// <summary>A recognized-list article whose list is an xlsx attachment (walking the column's pages until one is found).</summary>
    private async Task<(Uri Article, Uri Xlsx)> ArticleWithXlsxAsync(CancellationToken ct)
    {
        var first = await ParseOkAsync("kjt-hnte", _simulator.HnteListUrl.AbsoluteUri);
        var pages = first.Where(l => Type(l) == "next").Select(l => l.GetProperty("url").GetString()!).Prepend(_simulator.HnteListUrl.AbsoluteUri);
        foreach (var page in pages)
        {
            var lines = page == _simulator.HnteListUrl.AbsoluteUri ? first : await ParseOkAsync("kjt-hnte", page);
            foreach (var notice in lines.Where(l => Type(l) == "notice" && l.GetProperty("kind").GetString() is "Recognized" or "Proposed"))
            {
                var url = new Uri(notice.GetProperty("url").GetString()!);
                var html = await _http.GetStringAsync(url, ct);
                if (XlsxLink().Match(html) is { Success: true } link)
                {
                    return (url, new Uri(url, link.Groups[1].Value));
                }
            }
        }

        throw new InvalidOperationException("the simulated column has no HNTE list with an xlsx attachment");
    }

    private static async Task<List<JsonElement>> ParseOkAsync(string source, string input, params string[] options)
    {
        using var output = new StringWriter();
        var command = CliCommand.Parse(["parse", "--source", source, input, .. options], new HashSet<string>());
        var exit = await ParseVerb.RunAsync(command, output, TestContext.Current.CancellationToken);
        Assert.True(exit == ExitCodes.Success, $"parse --source {source} {input} exited {exit}");
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [GeneratedRegex("href=\"([^\"]+\\.xlsx)\"", RegexOptions.IgnoreCase)]
    private static partial Regex XlsxLink();
}
