using System.Globalization;
using System.Text.RegularExpressions;
using YuanlingTech.Browser.Tests.Infrastructure;
using YuanlingTech.Worker.Dashboard;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Browser.Tests.Dashboard;

/// <summary>Hangfire's own screens in Chinese, their times in the server's zone (Asia/Shanghai) whatever the browser's.</summary>
[Collection(DashboardInBrowser.Name)]
public sealed class HangfireScreensTests(BrowserServerFixture server, ChromiumFixture chromium)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Overview_IsInChinese_WithoutLangSetInTheEnvironment()
    {
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, "/hangfire").ToString());
        await Screenshots.SaveAsync(page, nameof(Overview_IsInChinese_WithoutLangSetInTheEnvironment), TestContext.Current.CancellationToken);

        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("仪表盘", await page.TitleAsync(), StringComparison.Ordinal);
        var navigation = await page.Locator(".navbar").InnerTextAsync();
        foreach (var item in new[] { "作业", "重试", "周期性作业", "服务器" })
        {
            Assert.Contains(item, navigation, StringComparison.Ordinal);
        }

        // Hangfire's footer shows the page's time through moment: Shanghai's, though the browser is in New York.
        var footer = await page.Locator("#footer").InnerTextAsync();
        var shown = DateTime.ParseExact(Regex.Match(footer, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime;
        Assert.InRange(now - shown, TimeSpan.Zero, TimeSpan.FromMinutes(2));

        var menu = await page.Locator(".navbar").InnerTextAsync();
        var messages = DashboardMessages.For("zh");
        Assert.Contains(messages.TargetsMenu, menu + await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Targets", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecurringPage_ShowsTimesInShanghaiAsYearMonthDayHourMinute_WhenTheBrowserIsElsewhere()
    {
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseUrl, "/hangfire/recurring").ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('[data-moment][title]') !== null");
        await Screenshots.SaveAsync(page, nameof(RecurringPage_ShowsTimesInShanghaiAsYearMonthDayHourMinute_WhenTheBrowserIsElsewhere), TestContext.Current.CancellationToken);

        // Each cell: its Unix time, the title Hangfire's script gave it, and the relative text it shows.
        var times = await page.Locator("[data-moment]").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [String(c.dataset.moment), c.getAttribute('data-original-title') || c.getAttribute('title') || '', c.innerText])");
        Assert.NotEmpty(times);
        foreach (var time in times)
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(long.Parse(time[0], CultureInfo.InvariantCulture));
            var expected = TimeZoneInfo.ConvertTime(instant, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            Assert.Equal(expected, time[1]);
            Assert.Matches("[前后内]$", time[2].Trim());
        }

        Assert.Contains("周期性作业", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
