using System.Security.Cryptography;
using Npgsql;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Tests;

/// <summary>A body spooled to a file is archived from the file: the stored bytes are the file's.</summary>
public sealed class SpooledRawDocumentTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("yuanling-spool-storage-").FullName;

    [Fact]
    public async Task SaveMany_ArchivesTheFilesBytes_BesideInMemoryBodies()
    {
        var ct = TestContext.Current.CancellationToken;
        var runId = await database.Get<SyncRunStore>().StartAsync("kjt-techsme", "test", ct);
        var large = new byte[3 * 1024 * 1024 + 17];
        new Random(11).NextBytes(large);
        var file = Path.Combine(_directory, "1.body");
        await File.WriteAllBytesAsync(file, large, ct);
        var url = $"http://kjt.example/{Guid.NewGuid():N}.html";
        var small = "<p>small</p>"u8.ToArray();

        await using (var connection = await database.Get<NpgsqlDataSource>().OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await RawDocumentStore.SaveManyAsync(
                connection, transaction, "kjt-techsme", runId, [Document(url, large, []) with { BodyFile = file }, Document(url + "?s", small, small)], ct);
            await transaction.CommitAsync(ct);
        }

        Assert.Equal(large, await BodyAsync(url, ct));
        Assert.Equal(small, await BodyAsync(url + "?s", ct));
        Assert.Equal(Hash(large), (await database.Get<RawDocumentStore>().FindAsync("kjt-techsme", url, ct))!.ContentHash);
    }

    [Fact]
    public async Task Save_ArchivesTheFilesBytes()
    {
        var ct = TestContext.Current.CancellationToken;
        var body = new byte[200_000];
        new Random(12).NextBytes(body);
        var file = Path.Combine(_directory, "2.body");
        await File.WriteAllBytesAsync(file, body, ct);
        var url = $"http://kjt.example/{Guid.NewGuid():N}.html";

        Assert.True(await database.Get<RawDocumentStore>().SaveAsync(Document(url, body, []) with { BodyFile = file }, ct));
        Assert.Equal(body, await BodyAsync(url, ct));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<byte[]> BodyAsync(string url, CancellationToken ct)
    {
        await using var command = database.Get<NpgsqlDataSource>().CreateCommand("SELECT body FROM ingest.raw_document WHERE url = $1");
        command.Parameters.AddWithValue(url);
        return (byte[])(await command.ExecuteScalarAsync(ct))!;
    }

    private static RawDocument Document(string url, byte[] bytes, byte[] inMemory) =>
        new("kjt-techsme", url, DateTimeOffset.UtcNow, 200, null, null, "text/html", "utf-8", Hash(bytes), inMemory, null);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
