using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Security;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// The real worker server (Kestrel on 127.0.0.1, Hangfire on a fresh database) with both dashboard accounts and
/// local trust turned off, so requests over loopback take the path a request from the network takes. Subclasses
/// change <see cref="Settings"/>.
/// </summary>
public class DashboardServerFixture : IAsyncLifetime
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "管理员-pass-1";
    public const string ReaderUser = "reader";
    public const string ReaderPassword = "reader-pass-2";

    private TestDatabase? _database;
    private WebApplication? _app;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not started");

    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _database = await TestDatabase.CreateAsync("dashboard", ct);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = _database.ConnectionString,
            ["Worker:Urls"] = "http://127.0.0.1:0",
            ["Dashboard:TrustLocalRequests"] = "false",
            ["Dashboard:Admin:User"] = AdminUser,
            ["Dashboard:Admin:PasswordHash"] = DashboardPasswordHasher.Hash(AdminPassword, DashboardPasswordHasher.MinIterations),
            ["Dashboard:Reader:User"] = ReaderUser,
            ["Dashboard:Reader:Password"] = ReaderPassword,
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _app = WorkerHost.BuildServer(settings);
        await MigrateVerb.MigrateAsync(_app.Services, ct);
        await _app.StartAsync(ct);
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Settings on top of the defaults above.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>
    /// A client with its own cookie jar (for the antiforgery cookie) and, when given, Basic credentials; connecting
    /// <paramref name="from"/> another loopback address (127.0.0.2, …) makes it another client to the server.
    /// </summary>
    public HttpClient Client(string? user = null, string? password = null, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        var client = new HttpClient(handler) { BaseAddress = BaseUrl };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        return client;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
