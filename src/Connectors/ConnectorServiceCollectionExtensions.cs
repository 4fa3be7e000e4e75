using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtHnte;

namespace YuanlingTech.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    // One per process: every source calling a host shares that host's politeness budget.
    private static readonly HostSlots Hosts = new();

    /// <summary>Registers every source connector with its options (from <c>Sources:&lt;id&gt;</c>) and HTTP client.</summary>
    public static IServiceCollection AddSourceConnectors(this IServiceCollection services, IConfiguration sources)
    {
        services.AddSingleton<SourceHttpClients>();
        services.TryAddSingleton<ISpoolFileFactory>(DiskSpoolFileFactory.Instance);
        AddSource<KjtHnteConnector, KjtHnteOptions>(services, sources, KjtHnteConnector.Id);
        AddSource<Sources.Manual.ManualConnector, Sources.Manual.ManualOptions>(services, sources, Sources.Manual.ManualConnector.Id);
        AddSource<Sources.KvLoans.KvLoansConnector, Sources.KvLoans.KvLoansOptions>(services, sources, Sources.KvLoans.KvLoansConnector.Id);
        AddSource<Sources.KjtTechSme.KjtTechSmeConnector, Sources.KjtTechSme.KjtTechSmeOptions>(services, sources, Sources.KjtTechSme.KjtTechSmeConnector.Id);
        AddSource<Sources.MarketContracts.MarketContractsConnector, Sources.MarketContracts.MarketContractsOptions>(services, sources, Sources.MarketContracts.MarketContractsConnector.Id);
        // Further sources: one AddSource line each, above this comment.
        return services;
    }

    private static void AddSource<TConnector, TOptions>(IServiceCollection services, IConfiguration sources, string sourceId)
        where TConnector : class, ISourceConnector
        where TOptions : class
    {
        var section = sources.GetSection(sourceId);
        var path = "Sources:" + sourceId;
        services.AddOptions<SourceOptions>(sourceId).Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourceOptions>>(new SectionOptionsValidator<SourceOptions>(sourceId, path));
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionOptionsValidator<TOptions>(Options.DefaultName, path));
        services.AddSingleton(sp => SourceEndpoints.Of(sourceId, sp.GetRequiredService<IOptions<TOptions>>().Value));
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
