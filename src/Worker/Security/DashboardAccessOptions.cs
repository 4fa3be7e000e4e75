namespace YuanlingTech.Worker.Security;

/// <summary>Who may open the Hangfire dashboard; bound from <c>Dashboard</c>.</summary>
public sealed class DashboardAccessOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Requests from the machine itself are let in as admin without credentials. Turn off behind a reverse proxy
    /// on the same machine: every proxied request would look local.
    /// </summary>
    public bool TrustLocalRequests { get; set; } = true;

    /// <summary>May trigger, requeue and delete jobs.</summary>
    public DashboardAccount Admin { get; set; } = new();

    /// <summary>Sees every page; buttons hidden and POSTs refused.</summary>
    public DashboardAccount Reader { get; set; } = new();

    /// <summary>Realm shown by the browser's login prompt.</summary>
    public string Realm { get; set; } = "YuanlingTech";
}
