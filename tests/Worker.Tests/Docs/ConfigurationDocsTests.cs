using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KvLoans;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.Storage;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;
using YuanlingTech.Worker.Observability;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>docs/configuration.md lists every property of every options class, with the code's default, and nothing else.</summary>
public sealed class ConfigurationDocsTests
{
    private const string Doc = "docs/configuration.md";

    /// <summary>
    /// Each options class and the key prefixes its properties are read under: the shared ones listed here, and each source's
    /// own (bound from <c>Sources:&lt;id&gt;</c>) read from the connectors' registrations, so a new source needs no line here.
    /// </summary>
    private static readonly Dictionary<Type, string[]> Options = SharedOptions().Concat(SourceSpecificOptions()).ToDictionary();

    private static Dictionary<Type, string[]> SharedOptions() => new()
    {
        [typeof(WorkerOptions)] = [WorkerOptions.Section],
        [typeof(DashboardAccessOptions)] = [DashboardAccessOptions.Section],
        [typeof(DashboardAccount)] = ["Dashboard:Admin", "Dashboard:Reader"],
        [typeof(NotificationOptions)] = [NotificationOptions.Section],
        [typeof(MetricsOptions)] = [MetricsOptions.Section],
        [typeof(SourceOptions)] = ["Sources:<id>"],
        [typeof(XlsxLimits)] = ["Sources:<id>:Xlsx"],
        [typeof(PaginationOptions)] = ["Sources:<id>:Pagination"],
        [typeof(TargetsOptions)] = [TargetsOptions.Section],
        [typeof(BaselineOptions)] = ["Targets:Baselines:<n>"],
        [typeof(TargetItemOptions)] = ["Targets:Items:<n>"],
    };

    /// <summary>Every options class <c>AddConnectors</c> binds from a source's section, beside the shared <see cref="SourceOptions"/>.</summary>
    private static Dictionary<Type, string[]> SourceSpecificOptions() =>
        SourceSections().Where(s => s.Options != typeof(SourceOptions))
            .GroupBy(s => s.Options)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Section).Distinct().Order(StringComparer.Ordinal).ToArray());

    /// <summary>(options class, section) of every validated binding <c>AddConnectors</c> registers.</summary>
    internal static List<(Type Options, string Section)> SourceSections() =>
        [.. new ServiceCollection().AddConnectors(new ConfigurationBuilder().Build())
            .Select(d => d.ImplementationInstance)
            .Where(i => i is not null && i.GetType().IsGenericType && i.GetType().GetGenericTypeDefinition() == typeof(SectionOptionsValidator<>))
            .Select(i => (i!.GetType().GetGenericArguments()[0], (string)i.GetType().GetProperty(nameof(SectionOptionsValidator<SourceOptions>.SectionPath))!.GetValue(i)!))];

    [Fact]
    public void EverySourceOfTheRegistry_BindsItsOptionsFromItsOwnSection()
    {
        var sourceSections = SourceSections().Where(s => s.Options == typeof(SourceOptions)).Select(s => s.Section).Order(StringComparer.Ordinal);

        Assert.Equal(SourceRegistry.All.Select(s => "Sources:" + s.Id).Order(StringComparer.Ordinal), sourceSections);
        Assert.Contains(typeof(KvLoansOptions), Options.Keys);
        Assert.Equal(["Sources:" + SourceRegistry.KjtHnte, "Sources:" + SourceRegistry.KjtTechSme], Options[typeof(NoticeColumnOptions)]);
    }

    [Fact]
    public void Docs_ListEveryProperty_OfEveryOptionsClass()
    {
        var documented = DocumentedKeys();

        var missing = ExpectedKeys().Select(k => k.Key).Where(k => !documented.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"{Doc} lacks a row for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Docs_NameNoUnknownKey_InTheOptionsSections()
    {
        var expected = ExpectedKeys().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var roots = Options.Values.SelectMany(p => p).Select(p => p.Split(':')[0] + ":").Distinct().ToList();

        var unknown = DocumentedKeys().Keys.Where(k => roots.Any(r => k.StartsWith(r, StringComparison.Ordinal)) && !expected.Contains(k)).ToList();

        Assert.True(unknown.Count == 0, $"{Doc} documents keys no options class has: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Docs_ShowTheCodesDefault_ForEveryScalarProperty()
    {
        var documented = DocumentedKeys();
        var wrong = new List<string>();
        foreach (var (key, property, instance) in ExpectedKeys().Where(k => documented.ContainsKey(k.Key)))
        {
            if (ExpectedDefault(property.GetValue(instance)) is { } expected && !documented[key].StartsWith(expected, StringComparison.Ordinal))
            {
                wrong.Add($"{key}: code {expected}, docs {documented[key]}");
            }
        }

        Assert.True(wrong.Count == 0, $"{Doc} defaults differ from the code:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public void OptionsClasses_AreAllListed_WhenScanningTheAssembliesAndTheContainer()
    {
        var assemblies = new[] { typeof(WorkerOptions), typeof(SourceOptions), typeof(TargetsOptions), typeof(WarehouseDbContext) }.Select(t => t.Assembly);
        var byName = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && (t.Name.EndsWith("Options", StringComparison.Ordinal) || t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true }));
        var registered = RegisteredOptionsTypes();

        var unlisted = byName.Concat(registered).Distinct().Where(t => !Options.ContainsKey(t) && t != typeof(ConfigurationChecks)).Select(t => t.FullName).ToList();

        Assert.Contains(typeof(KvLoansOptions), registered);
        Assert.Contains(typeof(DashboardAccessOptions), registered);
        Assert.True(unlisted.Count == 0, $"options classes missing from this test's list (and maybe from {Doc}): {string.Join(", ", unlisted)}");
    }

    private static List<(string Key, PropertyInfo Property, object Instance)> ExpectedKeys() =>
        [.. Options.SelectMany(entry => entry.Value.SelectMany(prefix => SettableProperties(entry.Key)
            .Select(p => ($"{prefix}:{p.Name}", p, Activator.CreateInstance(entry.Key)!))))];

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static string? ExpectedDefault(object? value) => value switch
    {
        null or "" => "–",
        bool b => b ? "`true`" : "`false`",
        string s => $"`{s}`",
        IFormattable number and (int or long or double or decimal) => $"`{number.ToString(null, CultureInfo.InvariantCulture)}`",
        ICollection { Count: 0 } => "–",
        _ => null,
    };

    /// <summary>Key → default cell of every row whose first cell is one backticked key.</summary>
    private static Dictionary<string, string> DocumentedKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in RepoFiles.TableRows(Doc).Where(c => c.Length >= 3 && c[0].Length > 2 && c[0][0] == '`' && c[0][^1] == '`'))
        {
            Assert.True(keys.TryAdd(cells[0].Trim('`'), cells[1]), $"{Doc} documents {cells[0]} twice");
        }

        return keys;
    }

    /// <summary>The types bound with <c>AddOptions&lt;T&gt;()</c> by the worker's real composition.</summary>
    private static HashSet<Type> RegisteredOptionsTypes()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [WarehouseConnection.Key] = "Host=127.0.0.1;Database=none" })
            .Build();
        var services = new ServiceCollection().AddYuanlingCore(configuration).AddYuanlingDashboardAccess(configuration);
        return [.. services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() is var g
                && (g == typeof(IConfigureOptions<>) || g == typeof(IValidateOptions<>) || g == typeof(IOptionsChangeTokenSource<>)))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("YuanlingTech", StringComparison.Ordinal) == true)];
    }
}
