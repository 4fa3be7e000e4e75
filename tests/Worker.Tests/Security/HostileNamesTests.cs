using System.Net;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.Worker.Tests.Infrastructure;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>Names holding SQL, markup and control characters: stored verbatim, shown escaped on every page that shows them.</summary>
public sealed class HostileNamesTests(DashboardServerFixture server) : IClassFixture<DashboardServerFixture>
{
    private const string Region = "431222";

    public static readonly string[] Names =
    [
        "<script>alert('xss')</script>沅陵科技有限公司",
        "Robert'); DROP TABLE warehouse.enterprise; --",
        "<img src=x onerror=alert(1)>湖南某某",
        "\"><b onmouseover=\"alert(1)\">引号公司",
        "控制\u0001字符\u0007\u001b[31m公司\t\r\n\u007f\u200b",
        "&lt;script&gt;已转义&amp;",
    ];

    [Fact]
    public async Task Pages_ShowEveryNameEscaped_AndTheWarehouseKeepsItVerbatim()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.App.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(new DateOnly(2026, 6, 30), "test", ct);
        await SeedAsync(ct);
        using var admin = server.Client(AdminUser, AdminPassword);

        var stored = await new WarehouseReader(server.Database.ConnectionString).QueryAsync(
            "SELECT enterprise_name FROM warehouse.worklist_item WHERE worklist = 'hnte_expiring' AND year = 2026 ORDER BY id", r => r.GetString(0), ct);
        Assert.Equal(Names, stored);
        Assert.Equal(1, await new WarehouseReader(server.Database.ConnectionString).CountAsync(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'warehouse' AND tablename = 'enterprise'", ct));

        var worklist = await admin.GetStringAsync($"/hangfire/targets/worklist/hnte_expiring?year=2026&region={Region}", ct);
        AssertNoRawMarkup(worklist);
        foreach (var name in Names)
        {
            Assert.Contains(WebUtility.HtmlEncode(name), worklist, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode("原因 " + name), worklist, StringComparison.Ordinal);
        }

        var targets = await admin.GetStringAsync("/hangfire/targets?year=2026", ct);
        AssertNoRawMarkup(targets);
        Assert.Contains(WebUtility.HtmlEncode(Names[0]), targets, StringComparison.Ordinal);

        using var hostileQuery = await admin.GetAsync($"/hangfire/targets/worklist/hnte_expiring?year=2026&region={Uri.EscapeDataString(Names[0])}", ct);
        AssertNoRawMarkup(await hostileQuery.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task HangfirePages_ShowAFailureMessageEscaped_WhenItQuotesAHostileName()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = server.App.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = client.Create(Job.FromExpression(() => NoRetryJob.Run()), new FailedState(new InvalidOperationException("layout changed: header " + Names[0])));
        using var admin = server.Client(AdminUser, AdminPassword);

        foreach (var page in new[] { "/hangfire/jobs/failed", $"/hangfire/jobs/details/{jobId}" })
        {
            var html = await admin.GetStringAsync(page, ct);
            AssertNoRawMarkup(html);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    private static void AssertNoRawMarkup(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var region = new NpgsqlCommand("UPDATE warehouse.region SET name = name || $1 WHERE code = $2", connection))
        {
            region.Parameters.AddWithValue(Names[0]);
            region.Parameters.AddWithValue(Region);
            Assert.Equal(1, await region.ExecuteNonQueryAsync(cancellationToken));
        }

        foreach (var name in Names)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO warehouse.worklist_item (worklist, year, region_code, uscc, enterprise_name, enterprise_region_code, reason, due_on, refreshed_at)
                VALUES ('hnte_expiring', 2026, $1, $2, $3, $1, $4, DATE '2026-12-31', now())
                """,
                connection);
            insert.Parameters.AddWithValue(Region);
            insert.Parameters.AddWithValue(name[..Math.Min(18, name.Length)]);
            insert.Parameters.AddWithValue(name);
            insert.Parameters.AddWithValue("原因 " + name);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
