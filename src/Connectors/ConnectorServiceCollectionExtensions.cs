using System.Net;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Normalization.Sources;

namespace YuanlingTech.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    // One per process: every source calling a host shares that host's politeness budget.
    private static readonly HostSlots Hosts = new();

    /// <summary>
    /// Every Connectors service: for each source of <c>SourceRegistry</c>, the connector class it names registers itself
    /// (<see cref="IRegisteredSource.Register"/>): the connector with its options (bound from <c>Sources:&lt;id&gt;</c>) and
    /// HTTP client. A name that matches no such class stops start-up naming the source.
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        var sources = configuration.GetSection("Sources");
        services.AddSingleton<SourceHttpClients>();
        services.TryAddSingleton<ISpoolFileFactory>(DiskSpoolFileFactory.Instance);
        services.AddSingleton<NoticeColumnServices>();
        foreach (var source in SourceRegistry.All)
        {
            RegisterMethod(source).Invoke(null, [new SourceRegistrar(services, sources, source.Id)]);
        }

        return services;
    }

    private static MethodInfo RegisterMethod(SourceDescriptor source)
    {
        var connector = typeof(ConnectorServiceCollectionExtensions).Assembly.GetTypes()
            .SingleOrDefault(t => t.Name == source.Connector && typeof(ISourceConnector).IsAssignableFrom(t) && typeof(IRegisteredSource).IsAssignableFrom(t))
            ?? throw new InvalidOperationException(
                $"source {source.Id}: no connector class '{source.Connector}' implementing {nameof(ISourceConnector)} and {nameof(IRegisteredSource)} (SourceRegistry)");
        return connector.GetMethod(nameof(IRegisteredSource.Register), BindingFlags.Public | BindingFlags.Static)!;
    }

    internal static void AddSource<TConnector, TOptions>(IServiceCollection services, IConfiguration sources, string sourceId)
        where TConnector : class, ISourceConnector
        where TOptions : class
    {
        AddOptions<TOptions>(services, sources, sourceId, Options.DefaultName);
        AddConnector<TConnector>(services, sources, sourceId, sp => SourceEndpoints.Of(sourceId, sp.GetRequiredService<IOptions<TOptions>>().Value));
    }

    // A source reading a notices column: its NoticeColumnOptions are named by its id; the URLs of its other options name its hosts too.
    internal static void AddNoticeColumn<TConnector>(IServiceCollection services, IConfiguration sources, string sourceId, Func<IServiceProvider, object[]> otherOptions)
        where TConnector : class, ISourceConnector
    {
        AddOptions<NoticeColumnOptions>(services, sources, sourceId, sourceId);
        AddConnector<TConnector>(services, sources, sourceId, sp => SourceEndpoints.Of(
            sourceId, [sp.GetRequiredService<IOptionsMonitor<NoticeColumnOptions>>().Get(sourceId), .. otherOptions(sp)]));
    }

    internal static void AddOptions<TOptions>(IServiceCollection services, IConfiguration sources, string sourceId, string optionsName)
        where TOptions : class
    {
        services.AddOptions<TOptions>(optionsName).Bind(sources.GetSection(sourceId)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionOptionsValidator<TOptions>(optionsName, "Sources:" + sourceId));
    }

    private static void AddConnector<TConnector>(IServiceCollection services, IConfiguration sources, string sourceId, Func<IServiceProvider, SourceEndpoints> endpoints)
        where TConnector : class, ISourceConnector
    {
        var section = sources.GetSection(sourceId);
        services.AddOptions<SourceOptions>(sourceId).Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourceOptions>>(new SectionOptionsValidator<SourceOptions>(sourceId, "Sources:" + sourceId));
        services.AddSingleton(endpoints);
        services.AddSingleton<TConnector>();
        services.AddSingleton<ISourceConnector>(sp => sp.GetRequiredService<TConnector>());

        var settings = section.Get<SourceOptions>() ?? new SourceOptions();
        var client = services.AddHttpClient(SourceHttpClients.ClientName(sourceId), http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("YuanlingTech/1.0 (+county S&T bureau data sync)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                // DocumentFetcher follows redirects itself: through the politeness limiter, and only to the source's hosts.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        client.AddResilienceHandler(sourceId, builder => ConfigureResilience(builder, settings));
        // Added after the resilience handler, so it sits inside it and every retry is polite too.
        client.AddHttpMessageHandler(() => new PolitenessHandler(Hosts, Math.Max(1, settings.MaxConcurrency), TimeSpan.FromMilliseconds(settings.RequestDelayMs)));
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, SourceOptions settings)
    {
        builder
            .AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds * (settings.RetryCount + 2)))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, settings.RetryCount),
                ShouldHandle = settings.RetryCount == 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = TimeSpan.FromSeconds(30),
            })
            .AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds));
    }
}
