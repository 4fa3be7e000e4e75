using System.Net;
using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Site;
using YuanlingTech.PortalSimulator.Truth;

namespace YuanlingTech.PortalSimulator;

/// <summary>The simulated provincial S&amp;T notices column, served by Kestrel on 127.0.0.1.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseUrl, GroundTruth groundTruth, SimulatorRequestLog requests)
    {
        _app = app;
        BaseUrl = baseUrl;
        GroundTruth = groundTruth;
        Requests = requests;
    }

    /// <summary>e.g. <c>http://127.0.0.1:5xxxx/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>First page of the notices column.</summary>
    public Uri HnteListUrl => new(BaseUrl, PortalSite.ListIndexPath.TrimStart('/'));

    public GroundTruth GroundTruth { get; }

    public SimulatorRequestLog Requests { get; }

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var province = ProvinceGenerator.Generate(options);
        var site = new PortalSite(province, options);
        var requests = new SimulatorRequestLog();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Run(new ConditionalResponder(site, requests).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Urls.First();
            var baseUrl = new Uri(address.TrimEnd('/') + "/");
            var truth = GroundTruthBuilder.Build(province, options, baseUrl);
            if (options.GroundTruthPath is { } path)
            {
                await GroundTruthWriter.WriteAsync(truth, path, cancellationToken);
            }

            return new SimulatorHost(app, baseUrl, truth, requests);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
