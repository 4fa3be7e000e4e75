using System.Text.RegularExpressions;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>Every line of warehouse SQL and every database handle lives in src/Storage; src/Worker hosts, schedules and prints.</summary>
public sealed partial class WorkerWithoutSqlTests
{
    [Fact]
    public void WorkerSources_HoldNoSqlStatement()
    {
        var offending = Matches(SqlStatement(), "src/Worker");

        Assert.True(offending.Count == 0, "SQL in src/Worker (move it behind a class in src/Storage):\n" + string.Join('\n', offending));
    }

    [Fact]
    public void WorkerSources_OpenNoDatabaseHandle()
    {
        var offending = Matches(DatabaseHandle(), "src/Worker");

        Assert.True(offending.Count == 0, "database access in src/Worker (move it into src/Storage):\n" + string.Join('\n', offending));
    }

    [Fact]
    public void TheScan_FindsTheSqlAndHandlesOfStorage()
    {
        Assert.NotEmpty(Matches(SqlStatement(), "src/Storage/Reporting"));
        Assert.NotEmpty(Matches(DatabaseHandle(), "src/Storage/Ingest"));
    }

    /// <summary><c>path:line: text</c> of every line of the folder's .cs files (build output aside) the pattern matches.</summary>
    private static List<string> Matches(Regex pattern, string folder)
    {
        var root = Path.Combine(RepoFiles.Root, folder);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        Assert.NotEmpty(files);
        return [.. files.SelectMany(file => File.ReadLines(file).Select((text, i) => (text, line: i + 1))
            .Where(l => pattern.IsMatch(l.text))
            .Select(l => $"{Path.GetRelativePath(RepoFiles.Root, file)}:{l.line}: {l.text.Trim()}"))];
    }

    [GeneratedRegex(@"\b(select|insert|update|delete)\b .*\b(from|into|set)\b|NpgsqlCommand|ExecuteSql|SqlQuery|FromSql", RegexOptions.IgnoreCase)]
    private static partial Regex SqlStatement();

    [GeneratedRegex(@"\b(NpgsqlDataSource|NpgsqlConnection|NpgsqlTransaction|NpgsqlDataReader|WarehouseDbContext|DbContext)\b")]
    private static partial Regex DatabaseHandle();
}
