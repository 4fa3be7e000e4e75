namespace YuanlingTech.Worker.Tests.Security;

/// <summary>The dashboard server with <c>Metrics:RequireAuth=true</c> (local trust off, as in the base fixture).</summary>
public sealed class MetricsAuthServerFixture : DashboardServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Metrics:RequireAuth"] = "true",
    };
}
