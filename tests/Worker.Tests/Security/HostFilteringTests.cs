using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 makes the browser send
/// <c>Host: evil.example</c> over loopback. With local trust on (the default) it must still get nothing.
/// </summary>
public sealed class HostFilteringTests(LocalTrustServerFixture server) : IClassFixture<LocalTrustServerFixture>
{
    private const string Evil = "evil.example";

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/recurring")]
    [InlineData("/hangfire/targets")]
    [InlineData("/metrics")]
    public async Task Get_Returns400_WhenTheHostIsNotAllowed_EvenFromLoopbackWithLocalTrust(string path)
    {
        using var client = server.Client();

        using var response = await client.SendAsync(Request(HttpMethod.Get, path, Evil), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Worker:AllowedHosts", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trigger_Returns400AndRunsNothing_WhenTheHostIsNotAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = server.Client();
        var token = await DashboardForms.AntiforgeryAsync(client, ct);
        var trigger = Request(HttpMethod.Post, "/hangfire/recurring/trigger", Evil);
        trigger.Content = DashboardForms.Trigger(token, "sync:manual");

        using var response = await client.SendAsync(trigger, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(LastJobId("sync:manual"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST.")]
    public async Task Get_Returns200AsLocalAdmin_WhenTheHostIsALoopbackName(string host)
    {
        using var client = server.Client();

        using var response = await client.SendAsync(Request(HttpMethod.Get, "/hangfire/recurring", host), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("recurring/trigger", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trigger_EnqueuesTheJob_WhenTheHostIsAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = server.Client();
        var token = await DashboardForms.AntiforgeryAsync(client, ct);

        using var response = await client.PostAsync("/hangfire/recurring/trigger", DashboardForms.Trigger(token, EvaluateTargetsJob.RecurringId), ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(LastJobId(EvaluateTargetsJob.RecurringId));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersAnyHost(string path)
    {
        using var client = server.Client();

        using var response = await client.SendAsync(Request(HttpMethod.Get, path, Evil), TestContext.Current.CancellationToken);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
        Assert.Contains("\"status\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string host)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = $"{host}:{server.BaseUrl.Port}";
        return request;
    }

    private string? LastJobId(string recurringJobId)
    {
        using var connection = server.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([recurringJobId]).SingleOrDefault()?.LastJobId;
    }
}
