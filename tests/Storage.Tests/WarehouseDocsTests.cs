namespace YuanlingTech.Storage.Tests;

/// <summary>Keeps docs/warehouse.md and the migrated schema in step, column by column.</summary>
public sealed class WarehouseDocsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string FunctionHeading = "report.hnte_valid_count(on_date date)";

    [Fact]
    public async Task Docs_ListEveryTableAndColumnInOrder_WhenComparedWithDatabase()
    {
        var ct = TestContext.Current.CancellationToken;
        var documented = ReadDocumentedColumns();
        var actual = new Dictionary<string, List<string>>();
        await using (var command = database.DataSource.CreateCommand("""
            SELECT table_schema || '.' || table_name, column_name
            FROM information_schema.columns
            WHERE table_schema IN ('ingest', 'warehouse', 'report') AND table_name <> '__ef_migrations_history'
            ORDER BY table_schema, table_name, ordinal_position
            """))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var table = reader.GetString(0);
                if (!actual.TryGetValue(table, out var columns))
                {
                    actual[table] = columns = [];
                }

                columns.Add(reader.GetString(1));
            }
        }

        actual[FunctionHeading] = await FunctionColumnsAsync(ct);

        Assert.Equal(actual.Keys.Order(), documented.Keys.Order());
        foreach (var (table, columns) in actual)
        {
            Assert.True(columns.SequenceEqual(documented[table]),
                $"{table}: database has [{string.Join(", ", columns)}], docs list [{string.Join(", ", documented[table])}]");
        }
    }

    private async Task<List<string>> FunctionColumnsAsync(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT * FROM report.hnte_valid_count(current_date) LIMIT 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    private static Dictionary<string, List<string>> ReadDocumentedColumns()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "docs", "warehouse.md");
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                current = sections[line[4..].Trim()] = [];
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is not null && line.StartsWith("| ", StringComparison.Ordinal))
            {
                var cell = line.Split('|', StringSplitOptions.TrimEntries)[1];
                if (cell is not ("column" or "---"))
                {
                    current.Add(cell);
                }
            }
        }

        return sections;
    }
}
