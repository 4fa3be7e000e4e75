using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Dashboard password hashes: PBKDF2-HMAC-SHA256 in one string, <c>pbkdf2-sha256:&lt;iterations&gt;:&lt;salt base64&gt;:&lt;hash base64&gt;</c>.
/// The same string comes out of Python's <c>hashlib.pbkdf2_hmac</c>, so an admin can make one without this program.
/// </summary>
public static class DashboardPasswordHasher
{
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    public const int MinIterations = 10_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join(':', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Why <paramref name="encoded"/> is not a usable hash, or null when it is.</summary>
    public static string? Problem(string encoded) => TryParse(encoded, out _, out _, out _, out var problem) ? null : problem;

    /// <summary>Whether <paramref name="password"/> matches; the comparison takes the same time wherever the bytes differ.</summary>
    public static bool Verify(string password, string encoded)
    {
        if (!TryParse(encoded, out var iterations, out var salt, out var expected, out _))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string encoded, out int iterations, out byte[] salt, out byte[] hash, out string problem)
    {
        iterations = 0;
        salt = hash = [];
        var parts = encoded.Trim().Split(':');
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            problem = $"expected '{Scheme}:<iterations>:<salt base64>:<hash base64>'";
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < MinIterations)
        {
            problem = $"the iteration count must be a whole number of at least {MinIterations}";
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            problem = "the salt or the hash is not base64";
            return false;
        }

        problem = salt.Length < 8 || hash.Length < 16 ? "the salt must have at least 8 bytes and the hash at least 16" : "";
        return problem.Length == 0;
    }
}
