using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using YuanlingTech.Evaluation.Reports;

namespace YuanlingTech.Worker.Tests.Dashboard;

/// <summary>Worklist pages name the region, fill every date, and download as csv and xlsx with the page's rows (reader account).</summary>
[Collection(TargetsPageServerGroup.Name)]
public sealed class WorklistDownloadTests(TargetsPageServerFixture server)
{
    private const string Query = "?year=2026&region=431222";

    [Fact]
    public async Task WorklistDownloads_HoldThePagesRows_AsCsvWithBomAndXlsx()
    {
        var ct = TestContext.Current.CancellationToken;
        using var reader = server.Reader();
        var labels = TargetPageLabels.For("zh");
        var total = 0;
        foreach (var (worklist, title) in labels.WorklistNames)
        {
            var page = await reader.GetStringAsync($"/hangfire/targets/worklist/{worklist}{Query}", ct);
            Assert.Contains($"<h1 class=\"page-header\">{title} · 2026 · 沅陵县 <small>431222</small></h1>", page, StringComparison.Ordinal);
            Assert.Contains($"/hangfire/targets/worklist/{worklist}.csv?year=2026&amp;region=431222\"", page, StringComparison.Ordinal);
            Assert.Contains($"/hangfire/targets/worklist/{worklist}.xlsx?year=2026&amp;region=431222\"", page, StringComparison.Ordinal);
            var table = PageTable(page);
            Assert.Equal(labels.WorklistColumns(worklist), table[0]);
            Assert.All(table.Skip(1), row => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[^1]));

            using var csvResponse = await reader.GetAsync($"/hangfire/targets/worklist/{worklist}.csv{Query}", ct);
            Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
            var csv = await csvResponse.Content.ReadAsByteArrayAsync(ct);
            Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
            Assert.Equal(table, Csv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)));

            using var xlsxResponse = await reader.GetAsync($"/hangfire/targets/worklist/{worklist}.xlsx{Query}", ct);
            Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
            Assert.Contains(".xlsx", xlsxResponse.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
            Assert.Equal(table, Xlsx(await xlsxResponse.Content.ReadAsByteArrayAsync(ct)));
            total += table.Count - 1;
        }

        Assert.True(total > 0, "the simulated county has no worklist rows");
    }

    private static List<List<string>> PageTable(string page)
    {
        var table = Regex.Match(page, "<table class=\"table table-striped worklist\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(table, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(tr => Regex.Matches(tr.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(td => WebUtility.HtmlDecode(td.Groups[1].Value)).ToList())
            .ToList();
    }

    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static List<List<string>> Xlsx(byte[] body)
    {
        using var stream = new MemoryStream(body);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? "").ToList()).ToList();
    }
}
