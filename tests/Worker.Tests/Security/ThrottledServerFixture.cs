using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// The dashboard server with 3 failed logins allowed per client and the admin's hash at the real 600,000 iterations,
/// so a burst of bad logins costs what it costs in production.
/// </summary>
public sealed class ThrottledServerFixture : DashboardServerFixture
{
    public const int MaxFailedLogins = 3;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Dashboard:MaxFailedLogins"] = MaxFailedLogins.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Dashboard:FailedLoginWindowSeconds"] = "600",
        ["Dashboard:Admin:PasswordHash"] = DashboardPasswordHasher.Hash(AdminPassword),
    };
}
