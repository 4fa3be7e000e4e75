using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Tests;

/// <summary>
/// A batch the database refuses for a value the normalizer cannot see (a check constraint, an index bound, a NUL from a
/// record built past the normalizer) loads every other row; only the refused rows come back, with the database's message.
/// </summary>
public sealed class RecordLoadBisectorTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Source = "kjt-hnte";
    private const string Yuanling = "431222";

    [Fact]
    public async Task Load_RejectsOnlyTheRefusedRows_WithTheDatabasesMessage_WhenTheBatchViolatesACheckAnIndexBoundAndUtf8OrHoldsALoneSurrogate()
    {
        var ct = TestContext.Current.CancellationToken;
        var records = Enumerable.Range(1, 40).Select(Firm).ToList();
        records[6] = records[6] with { Status = "withdrawn" };
        records[12] = records[12] with { RevocationReason = "撤销\0原因" };
        records[20] = records[20] with { RevocationReason = "撤销\uD800原因" };
        records[30] = records[30] with { NaturalKey = UncompressibleText(3000) };
        var runId = await database.Get<SyncRunStore>().StartAsync(Source, "test", ct);

        var (loaded, refused) = await database.Get<RecordLoadBisector>().LoadAsync(database.Get<CertificationLoader>(), Source, runId, records, ct);

        Assert.Equal(36, loaded.Inserted);
        Assert.Equal([7, 13, 21, 31], refused.Select(r => r.RowNumber).Order());
        Assert.Contains("ck_certification_status", Assert.Single(refused.Single(r => r.RowNumber == 7).Reasons), StringComparison.Ordinal);
        Assert.Contains("22021", Assert.Single(refused.Single(r => r.RowNumber == 13).Reasons), StringComparison.Ordinal);
        Assert.Contains("54000", Assert.Single(refused.Single(r => r.RowNumber == 31).Reasons), StringComparison.Ordinal);
        Assert.StartsWith("the row cannot be sent to the database as UTF-8", Assert.Single(refused.Single(r => r.RowNumber == 21).Reasons), StringComparison.Ordinal);
        Assert.Equal("withdrawn", refused.Single(r => r.RowNumber == 7).RawValues[nameof(CertificationRecord.Status)]);
        Assert.Equal(36, await database.ScalarAsync<long>("SELECT count(*) FROM warehouse.certification", ct));

        await database.Get<RejectStore>().SaveAsync(Source, runId, refused, ct);
        Assert.Equal(3, await database.ScalarAsync<long>("SELECT count(*) FROM ingest.rejected_record WHERE reasons[1] LIKE 'the database refused the row: %'", ct));
        Assert.Equal(4, await database.ScalarAsync<long>("SELECT count(*) FROM ingest.rejected_record", ct));
    }

    [Fact]
    public async Task Load_RethrowsTheFailure_WhenTheDatabaseIsUnreachableRatherThanRefusingARow()
    {
        var ct = TestContext.Current.CancellationToken;
        var bisector = database.Get<RecordLoadBisector>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => bisector.LoadAsync(new FailingLoader(), Source, 1, [Firm(1), Firm(2)], ct));

        Assert.Equal("connection lost", error.Message);
    }

    private static CertificationRecord Firm(int row)
    {
        var token = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return CertificationRecords.Recognized($"GR2024430{token[..5]}{row:D2}", $"沅陵二分{token}有限公司", Yuanling, rowNumber: row);
    }

    // A btree entry over 2,704 bytes even after compression: a long run of varied CJK characters.
    private static string UncompressibleText(int length)
    {
        var random = new Random(7);
        return string.Concat(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x9FA5)));
    }

    private sealed class FailingLoader : IRecordLoader<CertificationRecord>
    {
        public Task<LoadResult> LoadAsync(string sourceId, long syncRunId, IEnumerable<CertificationRecord> records, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("connection lost");
    }
}
