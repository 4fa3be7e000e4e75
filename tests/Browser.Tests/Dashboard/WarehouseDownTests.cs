using YuanlingTech.Browser.Tests.Infrastructure;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Browser.Tests.Dashboard;

/// <summary>With PostgreSQL gone after start-up, every dashboard page says so in a short 503 page instead of an empty 500.</summary>
public sealed class WarehouseDownTests(UnreachableWarehouseFixture server, ChromiumFixture chromium) : IClassFixture<UnreachableWarehouseFixture>, IClassFixture<ChromiumFixture>
{
    public static TheoryData<string> Pages { get; } = ["/hangfire", "/hangfire/recurring", "/hangfire/targets", "/hangfire/checks", "/hangfire/review"];

    [Fact]
    public async Task Pages_Answer503SayingTheWarehouseIsUnreachable_WhenPostgreSqlIsDown()
    {
        await server.CutAsync(TestContext.Current.CancellationToken);
        await using var context = await chromium.NewContextAsync(ReaderUser, ReaderPassword, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(new Uri(server.BaseUrl, path).ToString());
            if (path == "/hangfire/targets")
            {
                await Screenshots.SaveAsync(page, nameof(Pages_Answer503SayingTheWarehouseIsUnreachable_WhenPostgreSqlIsDown), TestContext.Current.CancellationToken);
            }

            Assert.Equal(503, response!.Status);
            Assert.Equal("30", await response.HeaderValueAsync("retry-after"));
            var text = await page.Locator("body").InnerTextAsync();
            Assert.Contains("数据仓库暂时无法连接", text, StringComparison.Ordinal);
            Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text);
            Assert.Contains("30 秒后刷新页面重试", text, StringComparison.Ordinal);
        }
    }
}
