using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

public sealed class TechSmeLoaderTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-techsme";
    private static readonly DateOnly ProposedOn = new(2025, 5, 6);
    private static readonly DateOnly RegisteredOn = new(2025, 6, 3);

    [Fact]
    public async Task Load_CountsASupersededListUnchangedAndWritesNothing_WhetherTheReaderOrTheLoaderKnowsItIsSuperseded()
    {
        var ct = TestContext.Current.CancellationToken;
        var batch = Random.Shared.Next(100, 10_000);
        var firms = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()).ToList();
        var registered = new TechSmeListContext(TechSmeListKind.Registered, 2025, batch, RegisteredOn, "公布");
        var proposed = new TechSmeListContext(TechSmeListKind.Proposed, 2025, batch, ProposedOn, "公示");
        Assert.Equal(new LoadResult(2, 0, 0), await LoadAsync(new TechSmeListRecords(registered, [.. firms.Take(2).Select(f => Record(registered, f))]), ct));
        var rows = await RowsAsync(batch, ct);

        var byLoader = await LoadAsync(new TechSmeListRecords(proposed, [.. firms.Select(f => Record(proposed, f))]), ct);
        var byReader = await LoadAsync(new TechSmeListRecords(proposed, []) { SupersededRows = 3 }, ct);

        Assert.Equal(new LoadResult(0, 0, 3), byLoader);
        Assert.Equal(byLoader, byReader);
        Assert.Equal(rows, await RowsAsync(batch, ct));
    }

    private static CertificationRecord Record(TechSmeListContext list, string firm) => new()
    {
        NaturalKey = $"techsme:2025:91431222{firm}",
        Kind = TechSmeRecordNormalizer.Kind,
        Status = TechSmeRecordNormalizer.StatusOf(list.Kind),
        Uscc = $"91431222{firm}",
        UsccPublished = $"91431222{firm}",
        UsccQuality = "valid",
        EnterpriseName = $"沅陵科技{firm}有限公司",
        NameKey = $"沅陵科技{firm}有限公司",
        RegionCode = "431222",
        RegionSource = "published",
        BatchYear = 2025,
        BatchNo = list.BatchNo,
        ValidFrom = list.PublishedOn,
        ValidTo = new DateOnly(2025, 12, 31),
        PublishedOn = list.PublishedOn,
        DocumentUrl = $"http://kjt.example/techsme/{list.Kind}.html",
        RowNumber = 1,
    };

    private Task<string> RowsAsync(int batch, CancellationToken cancellationToken) => database.ScalarAsync<string>(
        $"SELECT string_agg(natural_key || ' ' || status || ' ' || valid_from || ' ' || ctid::text || xmin::text, ',' ORDER BY natural_key) " +
        $"FROM warehouse.certification WHERE kind = 'techsme' AND batch_no = {batch}",
        cancellationToken);

    private async Task<LoadResult> LoadAsync(TechSmeListRecords list, CancellationToken cancellationToken)
    {
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", cancellationToken);
        return await database.Get<IRecordLoader<TechSmeListRecords>>().LoadAsync(Source, runId, [list], cancellationToken);
    }
}
