using YuanlingTech.Worker.Security;
using YuanlingTech.Worker.Tests.Security;

namespace YuanlingTech.Browser.Tests.Infrastructure;

/// <summary>
/// The real worker server with both accounts and local trust off (<see cref="DashboardServerFixture"/>); the admin's password
/// is ASCII here, as a browser's login dialog would send it.
/// </summary>
public class BrowserServerFixture : DashboardServerFixture
{
    public const string BrowserAdminPassword = "admin-pass-1";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Dashboard:Admin:PasswordHash"] = DashboardPasswordHasher.Hash(BrowserAdminPassword, DashboardPasswordHasher.MinIterations),
    };
}
