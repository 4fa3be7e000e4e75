using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;
using YuanlingTech.Storage.Metrics;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// Every <c>```sql</c> block of docs/warehouse.md runs as <c>report_reader</c> against a migrated database holding a
/// certificate and a target evaluation, and returns rows: the examples are what a report user can actually run.
/// </summary>
public sealed class WarehouseSqlExamplesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    public static TheoryData<int, string> Examples
    {
        get
        {
            var examples = new TheoryData<int, string>();
            foreach (var (line, sql) in SqlBlocks())
            {
                examples.Add(line, sql);
            }

            return examples;
        }
    }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        if (await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.certification", ct) > 0)
        {
            return;
        }

        var runId = await database.Get<SyncRunStore>().StartAsync("kjt-hnte", "test", ct);
        await database.Get<CertificationLoader>().LoadAsync(
            "kjt-hnte", runId, [CertificationRecords.Recognized("GR202443000001", "沅陵甲公司", "431222", "91431222MA4L00001A", new DateOnly(2024, 12, 1))], ct);
        await new TargetEvaluationStore(database.DataSource).SaveAsync(
            [new TargetEvaluationRow(new DateOnly(2026, 3, 31), 2026, "431222", "hnte.valid_count", "absolute", 50, 47, 48, 47.75m, 0.25m, 51, 2, "on_track", "linear", true, "test")],
            ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Docs_HaveSqlExamples()
    {
        Assert.Contains(SqlBlocks(), b => b.Sql.Contains("report.hnte_valid_count", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task SqlExample_ReturnsRows_WhenRunAsReportReader(int line, string sql)
    {
        var ct = TestContext.Current.CancellationToken;

        var rows = await AsReportReader.QueryAsync(database.DataSource, sql, ct);

        Assert.True(rows.Count > 0, $"docs/warehouse.md:{line}: the example returned no rows");
    }

    /// <summary>The <c>```sql</c> blocks with the line number of their opening fence.</summary>
    private static List<(int Line, string Sql)> SqlBlocks()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "warehouse.md"));
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```sql")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            blocks.Add((i + 1, string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }

        return blocks;
    }
}
