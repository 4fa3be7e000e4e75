namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>Files of the repository the tests run from, and the rows of the markdown tables in them.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The cells of every markdown table row (header and separator rows included), trimmed.</summary>
    public static List<string[]> TableRows(string relativePath) =>
        [.. File.ReadLines(Path.Combine(Root, relativePath))
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())];

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "YuanlingTech.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no YuanlingTech.sln above {AppContext.BaseDirectory}");
    }
}
