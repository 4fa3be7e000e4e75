using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Browser.Tests.Infrastructure;
using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Browser.Tests.Dashboard;

/// <summary>The Targets page and its worklist links, as a reader sees them in Chromium.</summary>
[Collection(DashboardInBrowser.Name)]
public sealed class TargetsPageTests(BrowserServerFixture server, ChromiumFixture chromium)
{
    private const int Year = 2026;

    [Fact]
    public async Task TargetsPage_ShowsEveryConfiguredTargetInChinese_WhenEvaluated()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.App.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(new DateOnly(Year, 6, 30), "test", ct);
        // The warehouse is empty: a growth target without a configured base-year figure cannot be evaluated, and the page
        // says so in its row instead of leaving it out.
        var options = server.App.Services.GetRequiredService<IOptions<TargetsOptions>>().Value;
        var configured = options.Items.Where(t => t.Year == Year).ToList();
        var evaluable = TargetResolver.Resolve(options, (_, _, _) => null).Where(t => t.Year == Year).Select(t => t.Metric.Id).ToHashSet();
        Assert.True(configured.Count > evaluable.Count, "the shipped targets should include one this empty warehouse cannot evaluate");
        Assert.True(configured.Count >= 5, $"only {configured.Count} targets configured for {Year}");
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(server.BaseUrl, $"/hangfire/targets?year={Year}").ToString());
        await Screenshots.SaveAsync(page, nameof(TargetsPage_ShowsEveryConfiguredTargetInChinese_WhenEvaluated), TestContext.Current.CancellationToken);

        Assert.Equal(200, response!.Status);
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(TargetPageLabels.For("zh").Title, (await page.Locator("h1.page-header").InnerTextAsync()).Trim());
        foreach (var region in configured.GroupBy(t => t.Region))
        {
            var rows = page.Locator($"#targets-{Year}-{region.Key} tbody tr[data-metric]");
            var shown = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.metric)");
            Assert.Equal(region.Select(t => t.Metric).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
            foreach (var target in region)
            {
                var cells = page.Locator($"#targets-{Year}-{region.Key} tr[data-metric='{target.Metric}'] td");
                Assert.StartsWith(MetricCatalog.Get(target.Metric).LabelZh, (await cells.First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
                if (!evaluable.Contains(target.Metric))
                {
                    Assert.Contains($"缺少 {target.BaseYear ?? Year - 1} 年基数", await cells.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
                }
            }
        }

        foreach (var header in TargetPageLabels.For("zh").Headers)
        {
            Assert.Contains(header, await page.Locator("thead").First.InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WorklistLink_OpensThatWorklist_WhenClicked()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.App.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(new DateOnly(Year, 6, 30), "test", ct);
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, $"/hangfire/targets?year={Year}").ToString());
        var link = page.Locator("a.worklist-link").First;
        var href = await link.GetAttributeAsync("href");
        var worklist = href!.Split('?')[0].Split('/')[^1];

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/targets/worklist/{worklist}?*");
        await Screenshots.SaveAsync(page, nameof(WorklistLink_OpensThatWorklist_WhenClicked), TestContext.Current.CancellationToken);

        var title = TargetPageLabels.For("zh").WorklistNames.Single(w => w.Id == worklist).Label;
        Assert.StartsWith(title, (await page.Locator("h1.page-header").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Contains($"year={Year}", page.Url, StringComparison.Ordinal);
        foreach (var header in TargetPageLabels.For("zh").WorklistColumns(worklist))
        {
            Assert.Contains(header, await page.Locator("thead").InnerTextAsync(), StringComparison.Ordinal);
        }
    }
}
