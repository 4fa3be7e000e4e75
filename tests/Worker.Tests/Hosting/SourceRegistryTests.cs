using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Connectors;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage.Composition;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Tests.Docs;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>The source registry agrees with the registered connectors and loaders, the simulator, parse, appsettings and the README.</summary>
public sealed partial class SourceRegistryTests
{
    [Fact]
    public void EveryRegisteredConnector_HasAnEntry_AndEveryEntryAConnector_AndEveryConnectorClassIsRegistered()
    {
        var services = new ServiceCollection();
        services.AddConnectors(new ConfigurationBuilder().Build());

        var connectors = services
            .Where(d => d.ServiceType == d.ImplementationType && typeof(ISourceConnector).IsAssignableFrom(d.ImplementationType))
            .Select(d => d.ImplementationType!)
            .ToDictionary(t => (string)t.GetField("Id", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!, t => t.Name);
        var declared = typeof(ISourceConnector).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISourceConnector).IsAssignableFrom(t))
            .Select(t => t.Name);

        Assert.Equal(SourceRegistry.All.Select(s => s.Id).Order(), connectors.Keys.Order());
        Assert.All(SourceRegistry.All, s => Assert.Equal(s.Connector, connectors[s.Id]));
        Assert.Equal(connectors.Values.Order(), declared.Order());
    }

    [Fact]
    public void TheLoadersRegistered_AreExactlyTheOnesTheRegistryNames_AndEveryLoaderClassIsNamed()
    {
        var services = new ServiceCollection();
        services.AddStorage("Host=127.0.0.1;Database=unused");

        var registered = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IRecordLoader<>))
            .ToDictionary(d => d.ServiceType.GetGenericArguments()[0], d => d.ServiceType);
        var declared = typeof(IRecordLoader<>).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRecordLoader<>)))
            .Select(t => t.Name);

        var named = SourceRegistry.All.SelectMany(s => s.Loaders).ToList();
        Assert.Equal(named.Count, named.Distinct().Count());
        Assert.Equal(named.Order(), RegisteredLoaders.All.Values.Select(t => t.Name).Order());
        Assert.Equal(named.Order(), declared.Order());
        Assert.Equal(RegisteredLoaders.All.Keys.OrderBy(t => t.Name), registered.Keys.OrderBy(t => t.Name));
        Assert.All(RegisteredLoaders.All, l => Assert.Contains(services, d => d.ServiceType == l.Value));
    }

    [Fact]
    public void TheSimulatorBuilds_ExactlyTheModulesTheRegistryNames_AndEveryNamedPartExists()
    {
        var simulator = typeof(SimulatorHost).Assembly;
        var modules = ((System.Collections.IEnumerable)simulator.GetType("YuanlingTech.PortalSimulator.Sources.SourceModules", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object>().Select(m => m.GetType().Name);
        var moduleInterface = simulator.GetType("YuanlingTech.PortalSimulator.Sources.ISourceModule", throwOnError: true)!;
        var declared = simulator.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && moduleInterface.IsAssignableFrom(t)).Select(t => t.Name);
        var named = SourceRegistry.All.SelectMany(s => s.SimulatorParts).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(declared.Order(), modules.Order());
        Assert.All(modules, m => Assert.Contains(m, named));
        var types = simulator.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(named, n => Assert.Contains(n, types));
    }

    [Fact]
    public void EverySource_HasItsConfigurationBlock_InAppsettings()
    {
        using var json = System.Text.Json.JsonDocument.Parse(RepoFiles.Read("appsettings/appsettings.json"));
        var blocks = json.RootElement.GetProperty("Sources").EnumerateObject().Select(p => p.Name);

        Assert.Equal(SourceRegistry.All.Select(s => s.Id).Order(), blocks.Order());
    }

    [Fact]
    public void ParseReadsExactlyTheSourcesTheRegistrySays_AndRunOrdersAreDistinct()
    {
        Assert.Equal(
            SourceRegistry.All.Where(s => s.ParseInputs.Count > 0).Select(s => s.Id).Order(),
            ParseVerb.Readers.Keys.Order());
        Assert.Equal(SourceRegistry.All.Count, SourceRegistry.All.Select(s => s.RunOrder).Distinct().Count());
        Assert.Contains(SourceRegistry.Ids, VerbCatalog.Find("sync")!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeSourcesTable_ListsTheRegistrysSources()
    {
        var ids = RepoFiles.TableRows("README.md")
            .Where(r => r.Length == 3 && r[0].StartsWith('`'))
            .Select(r => r[0].Trim('`'))
            .Where(id => SourceIdShape().IsMatch(id))
            .ToList();

        Assert.Equal(SourceRegistry.All.Select(s => s.Id).Order(), ids.Order());
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex SourceIdShape();
}
