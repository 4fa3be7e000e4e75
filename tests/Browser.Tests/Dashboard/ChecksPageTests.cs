using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Browser.Tests.Infrastructure;
using YuanlingTech.Worker.Quality;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Browser.Tests.Dashboard;

/// <summary>The Checks page in Chinese: each check's declared description and its offending rows as a table.</summary>
[Collection(DashboardInBrowser.Name)]
public sealed class ChecksPageTests(BrowserServerFixture server, ChromiumFixture chromium)
{
    [Fact]
    public async Task ChecksPage_DescribesEachCheckInChinese_AndShowsItsOffendingRows()
    {
        var ct = TestContext.Current.CancellationToken;
        var quality = server.App.Services.GetRequiredService<DataQualityService>();
        var report = await quality.RunAsync("test", ct);
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, $"/hangfire/checks?run={report.RunId}").ToString());
        await Screenshots.SaveAsync(page, nameof(ChecksPage_DescribesEachCheckInChinese_AndShowsItsOffendingRows), TestContext.Current.CancellationToken);

        Assert.Equal("数据质量", (await page.Locator("h1.page-header").InnerTextAsync()).Trim());
        foreach (var check in quality.Catalog())
        {
            var row = page.Locator($"#check-results tr[data-check=\"{check.Name}\"]");
            Assert.Equal(check.DescriptionZh, (await row.Locator("td.check-description").InnerTextAsync()).Trim());
        }

        var failing = report.Outcomes.First(o => o.FailingRows > 0);
        var sample = page.Locator($"#check-results tr[data-check=\"{failing.Check.Name}\"] td.check-rows table tbody tr");
        Assert.Equal((int)Math.Min(failing.FailingRows, 5), await sample.CountAsync());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", (await page.Locator("#check-history tbody tr td").Nth(1).InnerTextAsync()).Trim());
    }
}
