using System.Security.Cryptography;
using System.Text;
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

    private static RawDocument Document(string url, string html, DateTimeOffset fetchedAt, string etag)
    {
        var body = Encoding.UTF8.GetBytes(html);
        return new RawDocument("kjt-hnte", url, fetchedAt, 200, etag, null, "text/html", "utf-8", Hash(html), body, null);
    }

    private static string Hash(string html) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
}
