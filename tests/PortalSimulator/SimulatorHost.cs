using System.Net;
using YuanlingTech.PortalSimulator.Site;
using YuanlingTech.PortalSimulator.Truth;

namespace YuanlingTech.PortalSimulator;

/// <summary>The simulated provincial portals, served by Kestrel on 127.0.0.1.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _advance = new();
    private SimulatedPortal? _portal;
    private SimulatorOptions _options;

    private SimulatorHost(WebApplication app, SimulatorOptions options, SimulatorRequestLog requests)
    {
        _app = app;
        _options = options;
        Requests = requests;
    }

    /// <summary>e.g. <c>http://127.0.0.1:5xxxx/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>First page of the notices column.</summary>
    public Uri HnteListUrl => new(BaseUrl, PortalSite.ListIndexPath.TrimStart('/'));

    /// <summary>The truth as of the current clock (<see cref="SimulatorOptions.AsOf"/>, moved by <see cref="AdvanceToAsync"/>).</summary>
    public GroundTruth GroundTruth => (Volatile.Read(ref _portal) ?? throw new InvalidOperationException("the simulator has not published yet")).Truth;

    public SimulatorOptions Options => _options;

    public SimulatorRequestLog Requests { get; }

    /// <summary>Every request with its timing and fault, for assertions about retries, politeness and timeouts.</summary>
    public Faults.RequestTimeline Timeline { get; } = new();

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var requests = new SimulatorRequestLog();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var host = new SimulatorHost(app, options, requests);
        app.Use(new Faults.FaultInjector(options.Faults, host.Timeline).InvokeAsync);
        app.Run(new ConditionalResponder(() => Volatile.Read(ref host._portal), requests).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            host.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
            await host.PublishAsync(options, cancellationToken);
            return host;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Moves the simulated clock forward: everything published up to <paramref name="asOf"/> is served, earlier
    /// content stays byte-identical, and the ground truth follows.
    /// </summary>
    public Task AdvanceToAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        if (asOf < _options.AsOf)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"the clock only moves forward (now {_options.AsOf}).");
        }

        return PublishAsync(_options with { AsOf = asOf }, cancellationToken);
    }

    /// <summary>Bench only: republishes the same day with <paramref name="mutatePercent"/> % of the list rows corrected (0 = the original lists).</summary>
    public Task RepublishAsync(double mutatePercent, CancellationToken cancellationToken) =>
        PublishAsync(_options with { MutatePercent = mutatePercent }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task PublishAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        var portal = SimulatedPortal.Build(options, BaseUrl);
        if (options.PreRender)
        {
            Parallel.ForEach(portal.Site.Resources, resource => _ = resource.ETag);
        }

        lock (_advance)
        {
            _options = options;
            Volatile.Write(ref _portal, portal);
        }

        if (options.GroundTruthPath is { } path)
        {
            await GroundTruthWriter.WriteAsync(portal.Truth, path, cancellationToken);
        }
    }
}
