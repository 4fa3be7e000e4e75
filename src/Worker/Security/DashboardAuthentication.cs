using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace YuanlingTech.Worker.Security;

/// <summary>
/// Runs before the dashboard (and <c>/metrics</c> when it requires a login): turns a local request (when trusted) or
/// valid Basic credentials into a user with a <see cref="DashboardRole"/> claim. It sets the user before Hangfire
/// builds its antiforgery token, so the token is bound to that user. Password checks are throttled per client
/// (<see cref="FailedLoginLimiter"/>), bounded in number process-wide (<see cref="PasswordCheckGate"/>), and remembered
/// briefly when they succeed (<see cref="VerifiedCredentialCache"/>).
/// </summary>
public sealed class DashboardAuthentication : IDisposable
{
    public const string Scheme = BasicCredentials.Scheme;
    public const string LocalUser = "local";

    private static readonly TimeSpan GateWait = TimeSpan.FromSeconds(10);

    private readonly DashboardAccessOptions _options;
    private readonly DashboardCredentials _credentials;
    private readonly VerifiedCredentialCache _verified;
    private readonly FailedLoginLimiter _limiter;
    private readonly PasswordCheckGate _gate;
    private readonly ILogger<DashboardAuthentication> _logger;

    public DashboardAuthentication(
        IOptions<DashboardAccessOptions> options, DashboardCredentials credentials, TimeProvider time, ILogger<DashboardAuthentication> logger)
    {
        _options = options.Value;
        _credentials = credentials;
        _logger = logger;
        _verified = new VerifiedCredentialCache(TimeSpan.FromSeconds(_options.LoginCacheSeconds), time);
        _limiter = new FailedLoginLimiter(_options.MaxFailedLogins, TimeSpan.FromSeconds(_options.FailedLoginWindowSeconds), time);
        _gate = new PasswordCheckGate(_options.MaxConcurrentPasswordChecks);
    }

    public string Realm => _options.Realm;

    /// <summary>Sets <c>context.User</c> when the caller is known; false when it answered the request itself (429 or 503).</summary>
    public async Task<bool> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (_options.TrustLocalRequests && IsLocal(context.Connection))
        {
            context.User = Principal(LocalUser, DashboardRole.Admin, "Local");
            return true;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (!BasicCredentials.TryRead(authorization, out var user, out var password))
        {
            return true;
        }

        var client = context.Connection.RemoteIpAddress;
        if (_verified.Find(authorization) is var remembered and not DashboardRole.None)
        {
            _limiter.Succeeded(client);
            context.User = Principal(user, remembered, Scheme);
            return true;
        }

        var throttle = _limiter.TryBegin(client);
        if (!throttle.Allowed)
        {
            if (throttle.FirstRefusal)
            {
                _logger.LoginsThrottled(
                    client, _options.MaxFailedLogins, _options.FailedLoginWindowSeconds, Seconds(throttle.RetryAfter));
            }

            await RefuseAsync(context, StatusCodes.Status429TooManyRequests, throttle.RetryAfter, "too many failed logins from this address", cancellationToken);
            return false;
        }

        var (checkedInTime, role) = await _gate.RunAsync(() => _credentials.Authenticate(user, password), GateWait, cancellationToken);
        if (!checkedInTime)
        {
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, GateWait, "too many logins are being checked", cancellationToken);
            return false;
        }

        if (role != DashboardRole.None)
        {
            _limiter.Succeeded(client);
            _verified.Remember(authorization, role);
            context.User = Principal(user, role, Scheme);
        }

        return true;
    }

    public static DashboardRole RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<DashboardRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? role
            : DashboardRole.None;

    public void Dispose() => _gate.Dispose();

    private static async Task RefuseAsync(HttpContext context, int status, TimeSpan retryAfter, string reason, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsync($"{status}: {reason}; retry after {Seconds(retryAfter)} s.\n", cancellationToken);
    }

    private static int Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));

    private static bool IsLocal(ConnectionInfo connection) => connection.RemoteIpAddress is { } remote
        && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));

    private static ClaimsPrincipal Principal(string user, DashboardRole role, string authenticationType) => new(
        new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role.ToString())], authenticationType));
}
