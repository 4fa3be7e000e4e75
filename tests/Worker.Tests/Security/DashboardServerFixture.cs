using System.Net.Http.Headers;
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
/// local trust turned off, so requests over loopback take the path a request from the network takes.
/// </summary>
public sealed class DashboardServerFixture : IAsyncLifetime
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
        _app = WorkerHost.BuildServer(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = _database.ConnectionString,
            ["Worker:Urls"] = "http://127.0.0.1:0",
            ["Dashboard:TrustLocalRequests"] = "false",
            ["Dashboard:Admin:User"] = AdminUser,
            ["Dashboard:Admin:PasswordHash"] = DashboardPasswordHasher.Hash(AdminPassword, DashboardPasswordHasher.MinIterations),
            ["Dashboard:Reader:User"] = ReaderUser,
            ["Dashboard:Reader:Password"] = ReaderPassword,
        });
        await MigrateVerb.MigrateAsync(_app.Services, ct);
        await _app.StartAsync(ct);
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client with its own cookie jar (for the antiforgery cookie) and, when given, Basic credentials.</summary>
    public HttpClient Client(string? user = null, string? password = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = BaseUrl };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
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
    }
}
