using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Runs before the dashboard: turns a local request (when trusted) or valid Basic credentials into a user with a
/// <see cref="DashboardRole"/> claim. It sets the user before Hangfire builds its antiforgery token, so the token
/// is bound to that user.
/// </summary>
public sealed class DashboardAuthentication(DashboardAccessOptions options, DashboardCredentials credentials)
{
    public const string Scheme = "Basic";
    public const string LocalUser = "local";

    public void Authenticate(HttpContext context)
    {
        if (options.TrustLocalRequests && IsLocal(context.Connection))
        {
            context.User = Principal(LocalUser, DashboardRole.Admin, "Local");
            return;
        }

        if (TryReadBasic(context.Request, out var user, out var password)
            && credentials.Authenticate(user, password) is var role and not DashboardRole.None)
        {
            context.User = Principal(user, role, Scheme);
        }
    }

    public static DashboardRole RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<DashboardRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? role
            : DashboardRole.None;

    private static bool IsLocal(ConnectionInfo connection) => connection.RemoteIpAddress is { } remote
        && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));

    private static bool TryReadBasic(HttpRequest request, out string user, out string password)
    {
        user = password = "";
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }

    private static ClaimsPrincipal Principal(string user, DashboardRole role, string authenticationType) => new(
        new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role.ToString())], authenticationType));
}
