using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Worker.Jobs;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>Who gets into the dashboard over real HTTP, page by page, with local trust off.</summary>
public sealed class DashboardAccessTests(DashboardServerFixture server) : IClassFixture<DashboardServerFixture>
{
    public static TheoryData<string> Pages { get; } =
    [
        "/hangfire",
        "/hangfire/recurring",
        "/hangfire/jobs/failed",
        "/hangfire/servers",
        "/hangfire/targets",
        "/hangfire/targets/worklist/hnte_expiring?year=2026&region=431222",
        "/hangfire/checks",
        "/hangfire/review",
        "/hangfire/review?year=2025&region=431222",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Returns401WithBasicChallenge_WhenNoCredentials(string page)
    {
        using var client = server.Client();

        using var response = await client.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Contains("realm=\"YuanlingTech\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("401 需要登录", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AdminUser, ReaderPassword)]
    [InlineData(ReaderUser, AdminPassword)]
    [InlineData("nobody", AdminPassword)]
    [InlineData(AdminUser, "")]
    public async Task Get_Returns401_WhenCredentialsAreWrong(string user, string password)
    {
        using var client = server.Client(user, password);

        using var response = await client.GetAsync("/hangfire/targets", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Returns200_WhenEitherAccountLogsIn(string page)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(AdminUser, AdminPassword);
        using var reader = server.Client(ReaderUser, ReaderPassword);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page, ct)).StatusCode);
    }

    [Fact]
    public async Task RecurringPage_ShowsTriggerButtonToAdminOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(AdminUser, AdminPassword);
        using var reader = server.Client(ReaderUser, ReaderPassword);

        var adminPage = await admin.GetStringAsync("/hangfire/recurring", ct);
        var readerPage = await reader.GetStringAsync("/hangfire/recurring", ct);

        Assert.Contains(EvaluateTargetsJob.RecurringId, readerPage, StringComparison.Ordinal);
        Assert.Contains("recurring/trigger", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("recurring/trigger", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("recurring/remove", readerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trigger_Returns403AndRunsNothing_WhenReaderPosts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var reader = server.Client(ReaderUser, ReaderPassword);
        var token = await DashboardForms.AntiforgeryAsync(reader, ct);

        using var response = await reader.PostAsync("/hangfire/recurring/trigger", DashboardForms.Trigger(token, "sync:manual"), ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(LastJobId("sync:manual"));
    }

    [Fact]
    public async Task Stats_Returns200_WhenReaderPolls()
    {
        var ct = TestContext.Current.CancellationToken;
        using var reader = server.Client(ReaderUser, ReaderPassword);
        var token = await DashboardForms.AntiforgeryAsync(reader, ct);

        using var response = await reader.PostAsync("/hangfire/stats", DashboardForms.Stats(token), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Trigger_EnqueuesTheJob_WhenAdminPostsWithTheAntiforgeryToken()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = server.Client(AdminUser, AdminPassword);
        using var forged = await admin.PostAsync("/hangfire/recurring/trigger", DashboardForms.Trigger(null, EvaluateTargetsJob.RecurringId), ct);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null(LastJobId(EvaluateTargetsJob.RecurringId));

        var token = await DashboardForms.AntiforgeryAsync(admin, ct);
        using var response = await admin.PostAsync("/hangfire/recurring/trigger", DashboardForms.Trigger(token, EvaluateTargetsJob.RecurringId), ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(LastJobId(EvaluateTargetsJob.RecurringId));
    }

    private string? LastJobId(string recurringJobId)
    {
        using var connection = server.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([recurringJobId]).SingleOrDefault()?.LastJobId;
    }
}
