using System.Net;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Worker.Quality;
using YuanlingTech.Worker.Tests.Security;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Worker.Tests.Quality;

/// <summary>The dashboard's Checks page over the real worker: latest results (failures first) and the run history.</summary>
public sealed class ChecksPageTests(DashboardServerFixture server) : IClassFixture<DashboardServerFixture>
{
    [Fact]
    public async Task ChecksPage_ShowsLatestResultsAndHistory_ForTheReaderAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var checks = server.App.Services.GetRequiredService<DataQualityService>();
        var first = await checks.RunAsync("test", ct);
        var second = await checks.RunAsync("test", ct);
        using var reader = server.Client(ReaderUser, ReaderPassword);

        var page = await reader.GetStringAsync("/hangfire/checks", ct);

        var freshness = second.Outcomes.First(o => o.Check.Category == "freshness" && o.Status == "fail");
        Assert.Contains($"<h3>第 {second.RunId} 次检查 · 失败", page, StringComparison.Ordinal);
        Assert.Contains($"data-check=\"{WebUtility.HtmlEncode(freshness.Check.Name)}\" data-status=\"fail\"", page, StringComparison.Ordinal);
        Assert.Contains("data-check=\"unique:warehouse.enterprise(uscc)\" data-status=\"pass\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("data-status=\"fail\"", StringComparison.Ordinal) < page.IndexOf("data-status=\"pass\"", StringComparison.Ordinal));
        Assert.Contains($"/hangfire/checks?run={first.RunId}\"", page, StringComparison.Ordinal);

        var older = await reader.GetStringAsync($"/hangfire/checks?run={first.RunId}", ct);
        Assert.Contains($"<h3>第 {first.RunId} 次检查 ·", older, StringComparison.Ordinal);
    }
}
