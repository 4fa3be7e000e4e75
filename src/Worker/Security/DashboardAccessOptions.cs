using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// Password checks one client address may make without a success within <see cref="FailedLoginWindowSeconds"/>;
    /// further Basic logins from it get 429 with Retry-After, without the password being hashed.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxFailedLogins { get; set; } = 10;

    /// <summary>Seconds, from a client's first failed login, over which <see cref="MaxFailedLogins"/> counts.</summary>
    [Range(1, 86_400)]
    public int FailedLoginWindowSeconds { get; set; } = 300;

    /// <summary>
    /// PBKDF2 password checks running at once in the whole process (each takes a core for a fraction of a second);
    /// more wait, up to 10 seconds, then get 503.
    /// </summary>
    [Range(1, 16)]
    public int MaxConcurrentPasswordChecks { get; set; } = 1;

    /// <summary>Seconds a verified <c>Authorization</c> header is accepted again without re-hashing; 0 hashes every request.</summary>
    [Range(0, 3600)]
    public int LoginCacheSeconds { get; set; } = 300;
}
