using System.Net;
using static YuanlingTech.Worker.Tests.Security.DashboardServerFixture;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary><c>/metrics</c> with <c>Metrics:RequireAuth=true</c>: the dashboard's accounts, over real HTTP.</summary>
public sealed class MetricsAccessTests(MetricsAuthServerFixture server) : IClassFixture<MetricsAuthServerFixture>
{
    [Fact]
    public async Task Metrics_Returns401WithBasicChallenge_WhenNoCredentials()
    {
        using var client = server.Client();

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.DoesNotContain("yuanling_", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Returns401_WhenThePasswordIsWrong()
    {
        using var client = server.Client(ReaderUser, AdminPassword);

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(ReaderUser, ReaderPassword)]
    [InlineData(AdminUser, AdminPassword)]
    public async Task Metrics_Returns200_WhenEitherAccountLogsIn(string user, string password)
    {
        using var client = server.Client(user, password);

        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("yuanling_warehouse_up 1", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_StaysOpen_WhenMetricsRequireAuth()
    {
        using var client = server.Client();

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
