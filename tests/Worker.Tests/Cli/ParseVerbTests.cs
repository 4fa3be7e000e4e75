using System.Text.Json;
using System.Text.RegularExpressions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;

namespace YuanlingTech.Worker.Tests.Cli;

/// <summary><c>parse</c> against the simulator over HTTP and against saved files; no database involved.</summary>
public sealed partial class ParseVerbTests
{
    [Fact]
    public async Task Parse_PrintsRecordsAndRejects_ForASavedRecognizedListArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Seed = 3 }, ct);
        using var http = new HttpClient();
        var listLines = await ParseAsync([simulator.HnteListUrl.AbsoluteUri], ct);
        var recognized = listLines.Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("type").GetString() == "notice" && e.GetProperty("kind").GetString() == "Recognized");
        var articleUrl = new Uri(recognized.GetProperty("url").GetString()!);

        var folder = Directory.CreateTempSubdirectory("yt-parse-");
        try
        {
            var html = await http.GetByteArrayAsync(articleUrl, ct);
            var file = Path.Combine(folder.FullName, Path.GetFileName(articleUrl.LocalPath));
            await File.WriteAllBytesAsync(file, html, ct);
            foreach (Match link in AttachmentLink().Matches(System.Text.Encoding.Latin1.GetString(html)))
            {
                var bytes = await http.GetByteArrayAsync(new Uri(articleUrl, link.Groups[1].Value), ct);
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, Path.GetFileName(link.Groups[1].Value)), bytes, ct);
            }

            var lines = await ParseAsync([file], ct);

            var types = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToList();
            Assert.Equal("article", types[0]);
            Assert.Contains("record", types);
            var record = JsonDocument.Parse(lines.First(l => l.Contains("\"record\"", StringComparison.Ordinal))).RootElement.GetProperty("record");
            Assert.Matches("^GR\\d{12}$", record.GetProperty("certificateNo").GetString());
            Assert.Equal("recognized", record.GetProperty("status").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Parse_FailsWithoutAStackTrace_WhenTheSavedPageIsValidInNoCharset()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = Path.Combine(Directory.CreateTempSubdirectory("yt-parse-").FullName, "broken.html");
        await File.WriteAllBytesAsync(file, [.. "<html><body><table><tr><td>"u8, 0xFF, 0xFE, .. "</td></tr></table></body></html>"u8], ct);
        using var output = new StringWriter();

        var exit = await ParseVerb.RunAsync(CliCommand.Parse(["parse", "--source", "kjt-hnte", file], new HashSet<string>()), output, ct);

        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Parse_PrintsContractRecords_ForATechnologyMarketResultPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.02, Seed = 3 }, ct);
        var url = new Uri(simulator.BaseUrl, "market/query.html?month=2025-03&page=1");
        using var output = new StringWriter();

        var exit = await ParseVerb.RunAsync(CliCommand.Parse(["parse", "--source", "market-contracts", url.AbsoluteUri], new HashSet<string>()), output, ct);

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var page = lines[0];
        Assert.Equal("page", page.GetProperty("type").GetString());
        var records = lines.Count(l => l.GetProperty("type").GetString() == "record");
        var rejects = lines.Count(l => l.GetProperty("type").GetString() == "reject");
        Assert.True(records > 0);
        Assert.Equal(page.GetProperty("rows").GetInt32(), records + rejects);
    }

    [Theory]
    [InlineData("divfirst", "createPageHTML")]
    [InlineData("nextlink", "nextLink")]
    public async Task Parse_NamesThePaginationAndPageCount_ForAListPage(string style, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, Seed = 3, PaginationStyle = style }, ct);

        var lines = await ParseAsync([simulator.HnteListUrl.AbsoluteUri], ct);

        var pagination = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("type").GetString() == "pagination");
        Assert.Equal(expected, pagination.GetProperty("by").GetString());
        Assert.True(pagination.GetProperty("pageCount").GetInt32() > 1);
    }

    [Fact]
    public async Task Parse_FailsWithUsage_WhenTheSourceIsMissing()
    {
        var exit = await CliApplication.RunAsync(["parse", "some.html"]);

        Assert.Equal(ExitCodes.Usage, exit);
    }

    private static async Task<List<string>> ParseAsync(string[] arguments, CancellationToken ct)
    {
        using var output = new StringWriter();
        var command = CliCommand.Parse(["parse", "--source", "kjt-hnte", .. arguments], new HashSet<string>());
        var exit = await ParseVerb.RunAsync(command, output, ct);
        Assert.Equal(ExitCodes.Success, exit);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [GeneratedRegex("""href="(\./P0[^"]+\.xlsx)" """, RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentLink();
}
