using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Checks a user name and password against the two configured accounts. Every comparison is constant-time and both
/// accounts are always checked; throttling and remembering verified logins is <see cref="DashboardAuthentication"/>'s job.
/// </summary>
public sealed class DashboardCredentials
{
    private readonly (DashboardAccount Account, DashboardRole Role)[] _accounts;

    public DashboardCredentials(IOptions<DashboardAccessOptions> options)
    {
        var value = options.Value;
        _accounts = [(value.Admin, DashboardRole.Admin), (value.Reader, DashboardRole.Reader)];
    }

    public DashboardRole Authenticate(string user, string password)
    {
        var role = DashboardRole.None;
        foreach (var (account, accountRole) in _accounts)
        {
            // Both accounts are always checked, so the time taken does not tell which user name exists.
            if (account.IsConfigured && Matches(account, user, password) && role == DashboardRole.None)
            {
                role = accountRole;
            }
        }

        return role;
    }

    private static bool Matches(DashboardAccount account, string user, string password)
    {
        var userMatches = FixedTimeEquals(account.User!, user);
        var passwordMatches = string.IsNullOrEmpty(account.PasswordHash)
            ? FixedTimeEquals(account.Password ?? "", password)
            : DashboardPasswordHasher.Verify(password, account.PasswordHash);
        return userMatches & passwordMatches;
    }

    // Hashing first makes the comparison independent of both lengths.
    private static bool FixedTimeEquals(string expected, string actual) => CryptographicOperations.FixedTimeEquals(
        SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
}
