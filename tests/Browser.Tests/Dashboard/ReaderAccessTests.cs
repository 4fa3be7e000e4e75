using YuanlingTech.Browser.Tests.Infrastructure;
using YuanlingTech.Worker.Jobs;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Browser.Tests.Dashboard;

/// <summary>The read-only account in a real browser: no buttons that change anything, and its POSTs refused.</summary>
[Collection(DashboardInBrowser.Name)]
public sealed class ReaderAccessTests(BrowserServerFixture server, ChromiumFixture chromium)
{
    [Fact]
    public async Task RecurringPage_ShowsNoTriggerButton_AndRefusesTheReadersTrigger()
    {
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, "/hangfire/recurring").ToString());
        await Screenshots.SaveAsync(page, nameof(RecurringPage_ShowsNoTriggerButton_AndRefusesTheReadersTrigger), TestContext.Current.CancellationToken);

        Assert.Equal(1, await page.Locator($"text={EvaluateTargetsJob.RecurringId}").CountAsync());
        Assert.Equal(0, await page.Locator("[data-url*='recurring/trigger']").CountAsync());
        Assert.Equal(0, await page.Locator("[data-url*='recurring/remove']").CountAsync());
        var status = await page.EvaluateAsync<int>(
            """
            async job => {
                const token = document.querySelector('meta[name="csrf-token"]').content;
                const response = await fetch('recurring/trigger', {
                    method: 'POST',
                    headers: { 'RequestVerificationToken': token, 'Content-Type': 'application/x-www-form-urlencoded' },
                    body: 'jobs[]=' + encodeURIComponent(job),
                });
                return response.status;
            }
            """,
            EvaluateTargetsJob.RecurringId);
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task RecurringPage_ShowsTheTriggerButton_ToTheAdmin()
    {
        await using var context = await chromium.NewContextAsync(AdminUser, BrowserServerFixture.BrowserAdminPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, "/hangfire/recurring").ToString());
        await Screenshots.SaveAsync(page, nameof(RecurringPage_ShowsTheTriggerButton_ToTheAdmin), TestContext.Current.CancellationToken);

        Assert.True(await page.Locator("[data-url*='recurring/trigger']").CountAsync() > 0);
    }
}
