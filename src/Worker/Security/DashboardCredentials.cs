using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Checks a user name and password against the two configured accounts. Every comparison is constant-time; a
/// PBKDF2 check costs a fraction of a second, so logins that succeeded are remembered under a per-process HMAC
/// (the dashboard polls every few seconds).
/// </summary>
public sealed class DashboardCredentials
{
    private const int MaxRemembered = 64;

    private readonly (DashboardAccount Account, DashboardRole Role)[] _accounts;
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, DashboardRole> _remembered = new(StringComparer.Ordinal);

    public DashboardCredentials(IOptions<DashboardAccessOptions> options)
    {
        var value = options.Value;
        _accounts = [(value.Admin, DashboardRole.Admin), (value.Reader, DashboardRole.Reader)];
    }

    public DashboardRole Authenticate(string user, string password)
    {
        var cacheKey = Convert.ToHexString(HMACSHA256.HashData(_cacheKey, Encoding.UTF8.GetBytes(user + "\0" + password)));
        if (_remembered.TryGetValue(cacheKey, out var remembered))
        {
            return remembered;
        }

        var role = DashboardRole.None;
        foreach (var (account, accountRole) in _accounts)
        {
            // Both accounts are always checked, so the time taken does not tell which user name exists.
            if (account.IsConfigured && Matches(account, user, password) && role == DashboardRole.None)
            {
                role = accountRole;
            }
        }

        if (role != DashboardRole.None)
        {
            if (_remembered.Count >= MaxRemembered)
            {
                _remembered.Clear();
            }

            _remembered[cacheKey] = role;
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
