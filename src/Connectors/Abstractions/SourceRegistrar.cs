using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace YuanlingTech.Connectors.Abstractions;

/// <summary>What a connector's <see cref="IRegisteredSource.Register"/> registers with: the services and its source's section.</summary>
public sealed class SourceRegistrar(IServiceCollection services, IConfiguration sources, string sourceId)
{
    public string SourceId => sourceId;

    /// <summary>The connector and its options class, bound from <c>Sources:&lt;id&gt;</c>; the options' URLs name its hosts.</summary>
    public void AddSource<TConnector, TOptions>()
        where TConnector : class, ISourceConnector
        where TOptions : class =>
        ConnectorServiceCollectionExtensions.AddSource<TConnector, TOptions>(services, sources, sourceId);

    /// <summary>A connector reading a notices column (<c>NoticeColumnOptions</c> named by the id) and the options whose URLs it also fetches.</summary>
    public void AddNoticeColumn<TConnector>(Func<IServiceProvider, object[]> otherOptions)
        where TConnector : class, ISourceConnector =>
        ConnectorServiceCollectionExtensions.AddNoticeColumn<TConnector>(services, sources, sourceId, otherOptions);

    /// <summary>Further options of the source, bound from its section.</summary>
    public void AddOptions<TOptions>()
        where TOptions : class =>
        ConnectorServiceCollectionExtensions.AddOptions<TOptions>(services, sources, sourceId, Microsoft.Extensions.Options.Options.DefaultName);
}
