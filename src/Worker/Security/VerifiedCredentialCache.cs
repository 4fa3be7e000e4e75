using System.Security.Cryptography;
using System.Text;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Remembers, for a short while, the SHA-256 of <c>Authorization</c> headers whose password was verified, so a logged-in
/// browser polling the dashboard every few seconds costs one PBKDF2 per <c>Dashboard:LoginCacheSeconds</c>, not one per request.
/// Every slot is compared in constant time, whichever one matches.
/// </summary>
public sealed class VerifiedCredentialCache(TimeSpan lifetime, TimeProvider time)
{
    private const int Capacity = 16;

    private readonly (byte[] Digest, DashboardRole Role, DateTimeOffset Until)[] _slots = new (byte[], DashboardRole, DateTimeOffset)[Capacity];
    private readonly Lock _lock = new();

    public DashboardRole Find(string authorization)
    {
        var digest = Digest(authorization);
        var now = time.GetUtcNow();
        var found = DashboardRole.None;
        lock (_lock)
        {
            foreach (var slot in _slots)
            {
                if (slot.Digest is not null && CryptographicOperations.FixedTimeEquals(slot.Digest, digest) && slot.Until > now)
                {
                    found = slot.Role;
                }
            }
        }

        return found;
    }

    public void Remember(string authorization, DashboardRole role)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        var digest = Digest(authorization);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var oldest = 0;
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].Digest is null || CryptographicOperations.FixedTimeEquals(_slots[i].Digest, digest))
                {
                    oldest = i;
                    break;
                }

                if (_slots[i].Until < _slots[oldest].Until)
                {
                    oldest = i;
                }
            }

            _slots[oldest] = (digest, role, now + lifetime);
        }
    }

    private static byte[] Digest(string authorization) => SHA256.HashData(Encoding.UTF8.GetBytes(authorization));
}
