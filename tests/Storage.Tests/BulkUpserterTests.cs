using NpgsqlTypes;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Tests;

public sealed class BulkUpserterTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private sealed record Item(string Key, int Value, string? Note);

    [Fact]
    public async Task Upsert_InsertsEveryRow_WhenTableIsEmpty()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = await CreateTableAsync(ct);

        var counts = await UpsertAsync(table, Items(1000), ct);

        Assert.Equal(new UpsertCounts(1000, 1000, 0), counts);
        Assert.Equal(1000, await database.ScalarAsync<long>($"SELECT count(*) FROM {table}", ct));
        Assert.Equal("note 7", await database.ScalarAsync<string>($"SELECT note FROM {table} WHERE key = 'k7'", ct));
    }

    [Fact]
    public async Task Upsert_WritesNoRow_WhenReloadIsIdentical()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = await CreateTableAsync(ct);
        await UpsertAsync(table, Items(200), ct);
        var versionsBefore = await VersionsAsync(table, ct);

        var counts = await UpsertAsync(table, Items(200), ct);

        Assert.Equal(new UpsertCounts(200, 0, 0), counts);
        Assert.Equal(200, counts.Unchanged);
        Assert.Equal(versionsBefore, await VersionsAsync(table, ct));
    }

    [Fact]
    public async Task Upsert_UpdatesOneRow_WhenOneRowChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = await CreateTableAsync(ct);
        await UpsertAsync(table, Items(50), ct);
        var changed = Items(50).Select(i => i.Key == "k10" ? i with { Value = -1 } : i);

        var counts = await UpsertAsync(table, changed, ct);

        Assert.Equal(new UpsertCounts(50, 0, 1), counts);
        Assert.Equal(-1, await database.ScalarAsync<int>($"SELECT value FROM {table} WHERE key = 'k10'", ct));
    }

    [Fact]
    public async Task Upsert_KeepsLastRowPerKey_WhenBatchHasDuplicateKeys()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = await CreateTableAsync(ct);
        Item[] rows = [new("a", 1, null), new("b", 2, null), new("a", 3, "last")];

        var counts = await UpsertAsync(table, rows, ct);

        Assert.Equal(new UpsertCounts(2, 2, 0, Duplicates: 1), counts);
        Assert.Equal(3, await database.ScalarAsync<int>($"SELECT value FROM {table} WHERE key = 'a'", ct));
        Assert.Equal("last", await database.ScalarAsync<string>($"SELECT note FROM {table} WHERE key = 'a'", ct));
    }

    [Fact]
    public async Task Upsert_StreamsRows_WhenSourceIsAsyncEnumerable()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = await CreateTableAsync(ct);
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var counts = await database.Get<BulkUpserter>().UpsertAsync(connection, transaction, Spec(table), Items(300).ToAsyncEnumerable(), ct);
        await transaction.RollbackAsync(ct);

        Assert.Equal(300, counts.Inserted);
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM {table}", ct));
    }

    private static IEnumerable<Item> Items(int count) =>
        Enumerable.Range(0, count).Select(i => new Item($"k{i}", i, i % 3 == 0 ? null : $"note {i}"));

    private static UpsertTableSpec<Item> Spec(string table) => new()
    {
        TargetTable = table,
        Columns =
        [
            new("key", NpgsqlDbType.Text, i => i.Key, Role.Key),
            new("value", NpgsqlDbType.Integer, i => i.Value, Role.Compared),
            new("note", NpgsqlDbType.Text, i => i.Note, Role.Compared),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };

    private async Task<UpsertCounts> UpsertAsync(string table, IEnumerable<Item> rows, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counts = await database.Get<BulkUpserter>().UpsertAsync(connection, transaction, Spec(table), rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private async Task<string> CreateTableAsync(CancellationToken cancellationToken)
    {
        var table = $"public.item_{Guid.NewGuid():N}";
        await database.ExecuteAsync(
            $"CREATE TABLE {table} (id bigint GENERATED ALWAYS AS IDENTITY, key text NOT NULL UNIQUE, value integer NOT NULL, " +
            "note text, first_seen_at timestamptz NOT NULL, last_seen_at timestamptz NOT NULL)",
            cancellationToken);
        return table;
    }

    // Row versions (ctid + xmin) change whenever a row is rewritten, even with identical values.
    private Task<string> VersionsAsync(string table, CancellationToken cancellationToken) =>
        database.ScalarAsync<string>($"SELECT string_agg(ctid::text || xmin::text, ',' ORDER BY key) FROM {table}", cancellationToken);
}
