using System.Security.Cryptography;
using System.Text;
using Npgsql;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Tests;

public sealed class RawDocumentStoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Save_ReportsChangeOnlyForNewOrDifferentContent()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<RawDocumentStore>();
        var url = $"http://kjt.example/{Guid.NewGuid():N}.html";

        var isNew = await store.SaveAsync(Document(url, "<p>v1</p>", Monday, "\"e1\""), ct);
        var same = await store.SaveAsync(Document(url, "<p>v1</p>", Monday.AddDays(1), "\"e1\""), ct);
        var afterSame = await store.FindAsync("kjt-hnte", url, ct);
        var changed = await store.SaveAsync(Document(url, "<p>v2</p>", Monday.AddDays(2), "\"e2\""), ct);
        var afterChange = await store.FindAsync("kjt-hnte", url, ct);

        Assert.True(isNew);
        Assert.False(same);
        Assert.Equal(Monday.AddDays(1), afterSame!.FetchedAt);
        Assert.Equal(Monday, afterSame.LastChangedAt);
        Assert.True(changed);
        Assert.Equal(Monday.AddDays(2), afterChange!.LastChangedAt);
        Assert.Equal("\"e2\"", afterChange.ETag);
        Assert.Equal(Hash("<p>v2</p>"), afterChange.ContentHash);
        Assert.Null(await store.FindAsync("kjt-hnte", url + "?other", ct));
    }

    [Fact]
    public async Task SaveMany_KeepsTheLastCopyOfAUrl_AndAnUnchangedBodysFirstRun()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<RawDocumentStore>();
        var runs = database.Get<SyncRunStore>();
        var url = $"http://kjt.example/{Guid.NewGuid():N}.html";
        var other = url + "?page=2";
        var firstRun = await runs.StartAsync("kjt-hnte", "test", ct);
        var secondRun = await runs.StartAsync("kjt-hnte", "test", ct);

        await SaveManyAsync(firstRun, [Document(url, "<p>v1</p>", Monday, "\"e1\""), Document(url, "<p>v2</p>", Monday.AddHours(1), "\"e2\""), Document(other, "<p>x</p>", Monday, "\"x\"")], ct);
        var afterFirst = await store.FindAsync("kjt-hnte", url, ct);
        await SaveManyAsync(secondRun, [Document(url, "<p>v2</p>", Monday.AddDays(1), null)], ct);
        var afterSame = await store.FindAsync("kjt-hnte", url, ct);
        var known = await store.ListAsync("kjt-hnte", ct);

        Assert.Equal((Hash("<p>v2</p>"), "\"e2\""), (afterFirst!.ContentHash, afterFirst.ETag));
        Assert.Equal((Monday.AddDays(1), Monday.AddHours(1), "\"e2\""), (afterSame!.FetchedAt, afterSame.LastChangedAt, afterSame.ETag));
        Assert.Equal(firstRun, await database.ScalarAsync<long>($"SELECT sync_run_id FROM ingest.raw_document WHERE url = '{url}'", ct));
        Assert.Equal(Hash("<p>x</p>"), known[other].ContentHash.Trim());
    }

    [Fact]
    public async Task Cursor_RoundTrips_WhenSetTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = database.Get<SourceStateStore>();

        var before = await store.GetCursorAsync("kv-loans", ct);
        await store.SetCursorAsync("kv-loans", """{"updatedSince":"2026-01-01"}""", ct);
        await store.SetCursorAsync("kv-loans", """{"updatedSince":"2026-02-01"}""", ct);

        Assert.Null(before);
        Assert.Equal("""{"updatedSince": "2026-02-01"}""", await store.GetCursorAsync("kv-loans", ct));
    }

    private async Task SaveManyAsync(long runId, IReadOnlyList<RawDocument> documents, CancellationToken ct)
    {
        await using var connection = await database.Get<NpgsqlDataSource>().OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await RawDocumentStore.SaveManyAsync(connection, transaction, "kjt-hnte", runId, documents, ct);
        await transaction.CommitAsync(ct);
    }

    private static RawDocument Document(string url, string html, DateTimeOffset fetchedAt, string? etag)
    {
        var body = Encoding.UTF8.GetBytes(html);
        return new RawDocument("kjt-hnte", url, fetchedAt, 200, etag, null, "text/html", "utf-8", Hash(html), body, null);
    }

    private static string Hash(string html) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
}
