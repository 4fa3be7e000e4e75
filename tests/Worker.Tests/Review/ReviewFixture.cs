using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Sync;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>
/// Every source synced once from the simulator (with a manual inbox), and the real server with the dashboard on the
/// same database, shared by the review's integration tests.
/// </summary>
public sealed class ReviewFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("yt-review-inbox-");
    private WorkerTestHost? _test;
    private WebApplication? _server;

    public WorkerTestHost Test => _test ?? throw new InvalidOperationException("not started");

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _test = await WorkerTestHost.StartAsync("review", new SimulatorOptions { Scale = 0.02, Seed = 5, ManualInboxPath = _inbox.FullName }, ct);
        var outcomes = await SyncVerb.SyncAllAsync(_test.Services, "all", "test", ct);
        Assert.All(outcomes, o => Assert.True(o.Status == SyncStatus.Succeeded, $"{o.SourceId}: {o.Error}"));

        var overrides = WorkerTestHost.Overrides(_test.Database, _test.Simulator);
        overrides["Worker:Urls"] = "http://127.0.0.1:0";
        _server = WorkerHost.BuildServer(overrides);
        await _server.StartAsync(ct);
        BaseUrl = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(CancellationToken.None);
            await _server.DisposeAsync();
        }

        if (_test is not null)
        {
            await _test.DisposeAsync();
        }

        _inbox.Delete(recursive: true);
    }
}
