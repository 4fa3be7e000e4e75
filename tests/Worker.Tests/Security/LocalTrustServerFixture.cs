namespace YuanlingTech.Worker.Tests.Security;

/// <summary>The dashboard server with the default <c>Dashboard:TrustLocalRequests=true</c>: every loopback request is admin.</summary>
public sealed class LocalTrustServerFixture : DashboardServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Dashboard:TrustLocalRequests"] = "true",
    };
}
