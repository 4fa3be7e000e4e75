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

/// <summary>The source registry agrees with the registered connectors and loaders, the simulator, parse and docs/new-source.md.</summary>
public sealed partial class SourceRegistryTests
{
    [Fact]
    public void EveryRegisteredConnector_HasAnEntry_AndEveryEntryAConnector()
    {
        var services = new ServiceCollection();
        services.AddSourceConnectors(new ConfigurationBuilder().Build().GetSection("Sources"));

        var connectors = services
            .Where(d => d.ServiceType == d.ImplementationType && typeof(ISourceConnector).IsAssignableFrom(d.ImplementationType))
            .Select(d => d.ImplementationType!)
            .ToDictionary(t => (string)t.GetField("Id", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!, t => t.Name);

        Assert.Equal(SourceRegistry.All.Select(s => s.Id).Order(), connectors.Keys.Order());
        Assert.All(SourceRegistry.All, s => Assert.Equal(s.Connector, connectors[s.Id]));
    }

    [Fact]
    public void EveryRegisteredLoader_BelongsToOneSource_AndEveryNamedLoaderIsRegistered()
    {
        var services = new ServiceCollection();
        services.AddWarehouseStorage("Host=127.0.0.1;Database=unused");

        var loaders = services
            .Select(d => d.ImplementationType)
            .Where(t => t is not null && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRecordLoader<>)))
            .Select(t => t!.Name)
            .Distinct()
            .Order();

        var named = SourceRegistry.All.SelectMany(s => s.Loaders).ToList();
        Assert.Equal(named.Count, named.Distinct().Count());
        Assert.Equal(named.Order(), loaders);
    }

    [Fact]
    public void EverySimulatorModule_BelongsToASource_AndEveryNamedPartExists()
    {
        var simulator = typeof(SimulatorHost).Assembly;
        var modules = (System.Collections.IEnumerable)simulator.GetType("YuanlingTech.PortalSimulator.Sources.SourceModules", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var named = SourceRegistry.All.SelectMany(s => s.SimulatorParts).ToHashSet(StringComparer.Ordinal);

        Assert.All(modules.Cast<object>(), m => Assert.Contains(m.GetType().Name, named));
        var types = simulator.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(named, n => Assert.Contains(n, types));
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
    public void NewSourceDoc_NamesOnlyFilesThatExist()
    {
        var paths = RepoPath().Matches(RepoFiles.Read("docs/new-source.md"))
            .Select(m => m.Groups[1].Value.Split(' ')[0].TrimEnd('/'))
            .Where(p => !p.Contains('<', StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains("src/Normalization/Sources/SourceRegistry.cs", paths);
        Assert.All(paths, p => Assert.True(
            File.Exists(Path.Combine(RepoFiles.Root, p)) || Directory.Exists(Path.Combine(RepoFiles.Root, p)),
            $"docs/new-source.md names {p}, which does not exist"));
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

    [GeneratedRegex("`((?:src|tests|docs|scripts|deploy|appsettings)/[^`]*)`")]
    private static partial Regex RepoPath();
}
