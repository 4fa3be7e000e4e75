using System.Reflection;
using System.Text.RegularExpressions;
using YuanlingTech.Worker.Cli;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>The operator docs and README stay in step with the executable: exit codes, verbs, and the files they point to.</summary>
public sealed partial class OperationsDocsTests
{
    [Fact]
    public void OperationsDoc_ListsEveryExitCode_InItsTable()
    {
        var documented = RepoFiles.TableRows("docs/operations.md").Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!).ToList();

        Assert.Equal(4, codes.Count);
        Assert.All(codes, code => Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), documented));
    }

    [Fact]
    public void Readme_HasACliTableRow_ForEveryVerb()
    {
        var firstCells = RepoFiles.TableRows("README.md").Select(c => c[0]).ToList();

        Assert.All(VerbCatalog.Verbs, verb => Assert.Contains(firstCells, cell => cell.StartsWith($"`{verb.Name}", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/operations.md")]
    [InlineData("docs/portals.md")]
    [InlineData("docs/new-source.md")]
    [InlineData("docs/configuration.md")]
    [InlineData("docs/architecture.md")]
    public void Docs_PointOnlyAtFilesThatExist_InTheRepository(string document)
    {
        var missing = RepoPath().Matches(RepoFiles.Read(document)).Select(m => m.Value)
            .Where(path => path.IndexOfAny(['<', '{']) < 0 && !Exists(path))
            .Distinct().ToList();

        Assert.True(missing.Count == 0, $"{document} names files that do not exist: {string.Join(", ", missing)}");
    }

    /// <summary>A file, a folder, or a test class named without its <c>.cs</c>.</summary>
    private static bool Exists(string path)
    {
        var full = Path.Combine(RepoFiles.Root, path);
        return File.Exists(full) || Directory.Exists(full) || File.Exists(full + ".cs");
    }

    [GeneratedRegex(@"(?<=`)(?:docs|deploy|src|tests|scripts|appsettings)/[^`\s*]+?(?=`)")]
    private static partial Regex RepoPath();
}
