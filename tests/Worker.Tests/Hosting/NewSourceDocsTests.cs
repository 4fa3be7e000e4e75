using System.Reflection;
using System.Text.RegularExpressions;
using YuanlingTech.Connectors;
using YuanlingTech.Evaluation;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Storage;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Tests.Docs;

namespace YuanlingTech.Worker.Tests.Hosting;

/// <summary>docs/new-source.md is true: the paths and types it names exist, and its registration points are the code's.</summary>
public sealed partial class NewSourceDocsTests
{
    private const string Doc = "docs/new-source.md";

    private static readonly Assembly[] Assemblies =
    [
        typeof(SourceRegistry).Assembly, typeof(ConnectorServiceCollectionExtensions).Assembly, typeof(WarehouseDbContext).Assembly,
        typeof(MetricCatalog).Assembly, typeof(EvaluationServiceCollectionExtensions).Assembly, typeof(ParseVerb).Assembly,
        typeof(SimulatorHost).Assembly, typeof(NewSourceDocsTests).Assembly, typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
    ];

    [Fact]
    public void NamesOnlyFilesThatExist()
    {
        var paths = RepoPath().Matches(RepoFiles.Read(Doc))
            .Select(m => m.Groups[1].Value.Split(' ')[0].TrimEnd('/'))
            .Where(p => !p.Contains('<', StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains("src/Normalization/Sources/SourceRegistry.cs", paths);
        Assert.All(paths, p => Assert.True(
            File.Exists(Path.Combine(RepoFiles.Root, p)) || Directory.Exists(Path.Combine(RepoFiles.Root, p)),
            $"{Doc} names {p}, which does not exist"));
    }

    [Fact]
    public void NamesOnlyTypesAndMembersThatExist()
    {
        var types = Assemblies.SelectMany(a => a.GetTypes()).ToLookup(t => t.Name.Split('`')[0], StringComparer.Ordinal);
        var members = types.SelectMany(g => g).SelectMany(t => t.GetMembers(AnyMember)).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (Match name in CodeName().Matches(RepoFiles.Read(Doc)))
        {
            var type = name.Groups["type"].Value;
            var member = name.Groups["member"].Value;
            var exists = member.Length == 0
                ? types.Contains(type) || members.Contains(type)
                : types[type].Any(t => t.GetMember(member, AnyMember).Length > 0);
            if (!exists)
            {
                wrong.Add(name.Value);
            }
        }

        Assert.True(wrong.Count == 0, $"{Doc} names what the code lacks: {string.Join(", ", wrong.Distinct())}");
    }

    /// <summary>The "What a source costs" table names exactly the registration points a source needs a line in.</summary>
    [Fact]
    public void TheLinesASourceCosts_AreTheRegistrationPointsTheCodeUses()
    {
        var points = RepoFiles.TableRows(Doc)
            .Where(r => r.Length == 4 && r[0] != "Line" && !r[0].StartsWith("---", StringComparison.Ordinal))
            .Select(r => RegistrationPoint().Match(r[1]).Groups[1].Value)
            .ToList();

        Assert.Equal(
            [nameof(SourceRegistry) + "." + nameof(SourceRegistry.All),
             "appsettings/appsettings.json",
             nameof(ParseVerb) + "." + nameof(ParseVerb.Readers)],
            points);
    }

    private const BindingFlags AnyMember = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    [GeneratedRegex("`((?:src|tests|docs|scripts|deploy|appsettings)/[^`]*)`")]
    private static partial Regex RepoPath();

    /// <summary>A backticked C# name: <c>Type</c>, <c>Type&lt;T&gt;</c> or <c>Type.Member</c>.</summary>
    [GeneratedRegex(@"`(?<type>[A-Z][A-Za-z0-9]*)(?:<[A-Za-z, ]+>)?(?:\.(?<member>[A-Z][A-Za-z0-9]*))?`")]
    private static partial Regex CodeName();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex RegistrationPoint();
}
