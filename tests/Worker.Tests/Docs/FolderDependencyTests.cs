using System.Text.RegularExpressions;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>
/// The folders of a project import each other in one direction (docs/architecture.md): a cycle between two folders means a
/// concept sits on the wrong side, as Hosting did when it held both the composition root and the options everything reads.
/// </summary>
public sealed class FolderDependencyTests
{
    [Theory]
    [InlineData("src/Worker", "YuanlingTech.Worker")]
    [InlineData("src/Evaluation", "YuanlingTech.Evaluation")]
    [InlineData("src/Storage", "YuanlingTech.Storage")]
    [InlineData("src/Connectors", "YuanlingTech.Connectors")]
    public void ProjectFolders_ImportEachOtherWithoutCycles(string folder, string rootNamespace)
    {
        var imports = FolderImports(folder, rootNamespace);

        var cycle = FindCycle(imports);

        Assert.True(cycle is null, $"{folder}: folders import each other in a cycle: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void TheCycleFinder_FindsACycle()
    {
        var imports = new Dictionary<string, HashSet<string>>
        {
            ["Hosting"] = ["Jobs"],
            ["Jobs"] = ["Sync"],
            ["Sync"] = ["Hosting"],
        };

        Assert.Equal(["Hosting", "Jobs", "Sync", "Hosting"], FindCycle(imports));
    }

    /// <summary>Top-level folder → the top-level folders of the same project its files import.</summary>
    private static Dictionary<string, HashSet<string>> FolderImports(string folder, string rootNamespace)
    {
        var root = Path.Combine(RepoFiles.Root, folder);
        var imports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var usingOwn = new Regex($@"^using {Regex.Escape(rootNamespace)}\.([A-Za-z]+)");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
            if (parts.Length < 2 || parts[0] is "bin" or "obj" or "Migrations")
            {
                continue;
            }

            var targets = imports.TryGetValue(parts[0], out var set) ? set : imports[parts[0]] = [];
            foreach (var line in File.ReadLines(file).TakeWhile(l => !l.StartsWith("namespace ", StringComparison.Ordinal)))
            {
                if (usingOwn.Match(line) is { Success: true } match && match.Groups[1].Value != parts[0])
                {
                    targets.Add(match.Groups[1].Value);
                }
            }
        }

        Assert.NotEmpty(imports);
        return imports;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> imports)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in imports.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, []) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node, List<string> path)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in imports.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next, path) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }
}
