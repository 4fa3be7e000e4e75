
namespace YuanlingTech.Worker.Observability;

/// <summary>Who may read <c>/metrics</c>; bound from <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Require the dashboard's login (either account, or a trusted local request) for <c>/metrics</c>; off, anyone who
    /// reaches the port may scrape it.
    /// </summary>
    public bool RequireAuth { get; set; }
}
