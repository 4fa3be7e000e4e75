using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// What a password check costs, measured against the hash itself (a deliberately slow one, so a skipped hash shows
/// however loaded the machine is): a throttled client and a remembered login cost none.
/// </summary>
public sealed class DashboardAuthenticationTests
{
    private const string Password = "correct horse";
    private static readonly string SlowHash = DashboardPasswordHasher.Hash(Password, 1_500_000);

    [Fact]
    public async Task Authenticate_Answers429WithoutHashing_WhenTheClientIsThrottled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var authentication = Authentication(maxFailedLogins: 1);
        var hashed = await TimedAsync(authentication, "wrong", "192.0.2.1", ct);

        var refused = await TimedAsync(authentication, Password, "192.0.2.1", ct);

        Assert.Equal(StatusCodes.Status200OK, hashed.Context.Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Context.Response.StatusCode);
        Assert.False(string.IsNullOrEmpty(refused.Context.Response.Headers.RetryAfter));
        Assert.Equal(DashboardRole.None, DashboardAuthentication.RoleOf(refused.Context.User));
        Assert.True(refused.Took < hashed.Took / 4, $"refused in {refused.Took}, a hash takes {hashed.Took}");
    }

    [Fact]
    public async Task Authenticate_DoesNotHashAgain_WhenTheSameHeaderWasJustVerified()
    {
        var ct = TestContext.Current.CancellationToken;
        using var authentication = Authentication(maxFailedLogins: 10);
        var first = await TimedAsync(authentication, Password, "192.0.2.2", ct);

        var again = await TimedAsync(authentication, Password, "192.0.2.3", ct);

        Assert.Equal(DashboardRole.Admin, DashboardAuthentication.RoleOf(first.Context.User));
        Assert.Equal(DashboardRole.Admin, DashboardAuthentication.RoleOf(again.Context.User));
        Assert.True(again.Took < first.Took / 4, $"remembered login took {again.Took}, a hash takes {first.Took}");
    }

    private static DashboardAuthentication Authentication(int maxFailedLogins)
    {
        var options = Options.Create(new DashboardAccessOptions
        {
            TrustLocalRequests = false,
            MaxFailedLogins = maxFailedLogins,
            Admin = new DashboardAccount { User = "admin", PasswordHash = SlowHash },
        });
        return new DashboardAuthentication(options, new DashboardCredentials(options), TimeProvider.System, NullLogger<DashboardAuthentication>.Instance);
    }

    private static async Task<(HttpContext Context, TimeSpan Took)> TimedAsync(
        DashboardAuthentication authentication, string password, string client, CancellationToken cancellationToken)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(client);
        context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin:{password}"));
        context.Response.Body = new MemoryStream();
        var watch = Stopwatch.StartNew();
        await authentication.AuthenticateAsync(context, cancellationToken);
        return (context, watch.Elapsed);
    }
}
