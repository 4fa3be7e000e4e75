using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Evaluation.Service;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Security;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;
using YuanlingTech.Worker.Tests.Security;

namespace YuanlingTech.Worker.Tests.Dashboard;

/// <summary>
/// The real worker server over HTTP (dashboard accounts, no local trust) on a simulated province: every source synced
/// but <c>kv-loans</c>, whose API URL answers 404 (its attempts fail), targets evaluated on 2026-06-30, failures
/// notified to a webhook receiver.
/// </summary>
public sealed class TargetsPageServerFixture : IAsyncLifetime
{
    public const string FailingSource = "kv-loans";
    public const string FailingPath = "kvloan/api/gone";
    public static readonly DateOnly EvaluationDate = new(2026, 6, 30);

    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("yt-pages-inbox-");
    private TestDatabase? _database;
    private SimulatorHost? _simulator;
    private WebhookReceiver? _receiver;
    private WebApplication? _app;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not started");

    public WebhookReceiver Receiver => _receiver ?? throw new InvalidOperationException("not started");

    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    public SimulatorHost Simulator => _simulator ?? throw new InvalidOperationException("not started");

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _database = await TestDatabase.CreateAsync("pages", ct);
        _simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, ManualInboxPath = _inbox.FullName }, ct);
        _receiver = await WebhookReceiver.StartAsync(ct);
        var settings = WorkerTestHost.Overrides(_database, _simulator);
        settings["Worker:Urls"] = "http://127.0.0.1:0";
        settings["Sources:kv-loans:ApiUrl"] = new Uri(_simulator.BaseUrl, FailingPath).AbsoluteUri;
        settings["Notifications:WebhookUrl"] = _receiver.Url.AbsoluteUri;
        settings["Dashboard:TrustLocalRequests"] = "false";
        settings["Dashboard:Admin:User"] = DashboardServerFixture.AdminUser;
        settings["Dashboard:Admin:PasswordHash"] = DashboardPasswordHasher.Hash(DashboardServerFixture.AdminPassword, DashboardPasswordHasher.MinIterations);
        settings["Dashboard:Reader:User"] = DashboardServerFixture.ReaderUser;
        settings["Dashboard:Reader:Password"] = DashboardServerFixture.ReaderPassword;
        _app = WorkerHost.BuildServer(settings);
        await MigrateVerb.MigrateAsync(_app.Services, ct);
        await _app.StartAsync(ct);
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var sync = _app.Services.GetRequiredService<SourceSyncService>();
        foreach (var source in sync.SourceIds.Where(id => id != FailingSource))
        {
            var outcome = await sync.RunAsync(source, "test", null, ct);
            Assert.Equal(SyncStatus.Succeeded, outcome.Status);
        }

        await _app.Services.GetRequiredService<TargetEvaluationService>().EvaluateAsync(EvaluationDate, "test", ct);
    }

    /// <summary>A client with the dashboard's read-only account.</summary>
    public HttpClient Reader()
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{DashboardServerFixture.ReaderUser}:{DashboardServerFixture.ReaderPassword}")));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _inbox.Delete(recursive: true);
    }
}
