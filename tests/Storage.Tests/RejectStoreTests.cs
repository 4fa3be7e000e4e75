using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Tests;

public sealed class RejectStoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Save_UpdatesRows_WhenSameRowsAreRejectedAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var runs = database.Get<SyncRunStore>();
        var store = database.Get<RejectStore>();
        var firstRun = await runs.StartAsync("kjt-hnte", "test", ct);
        var secondRun = await runs.StartAsync("kjt-hnte", "test", ct);

        var first = await store.SaveAsync("kjt-hnte", firstRun, [Reject(1, "bad uscc"), Reject(2, "no name")], ct);
        var second = await store.SaveAsync("kjt-hnte", secondRun, [Reject(1, "bad uscc", "bad region"), Reject(2, "no name")], ct);

        Assert.Equal(2, first.Inserted);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(2, second.Updated);
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM ingest.rejected_record WHERE document_url = 'http://kjt.example/list.html'", ct));
        Assert.Equal(2, await database.ScalarAsync<int>(
            "SELECT cardinality(reasons) FROM ingest.rejected_record WHERE row_number = 1", ct));
        Assert.Equal("沅陵 公司", await database.ScalarAsync<string>(
            "SELECT raw_values ->> 'enterprise_name' FROM ingest.rejected_record WHERE row_number = 1", ct));
        Assert.Equal(secondRun, await database.ScalarAsync<long>(
            "SELECT sync_run_id FROM ingest.rejected_record WHERE row_number = 2", ct));
    }

    [Fact]
    public async Task Save_StoresRawValuesAndReasonsWithoutUnstorableCharacters_WhenTheRowHoldsNulLoneSurrogatesOrNoncharacters()
    {
        var ct = TestContext.Current.CancellationToken;
        var runId = await database.Get<SyncRunStore>().StartAsync("kv-loans", "test", ct);
        var hostile = new RejectedRecord(
            "http://loans.example/api?page=1",
            7,
            new Dictionary<string, string?> { ["uscc"] = "9143\01222", ["name"] = "沅陵\uD800县\uFFFE公司" },
            ["amount '\0x' is not a number"]);

        await database.Get<RejectStore>().SaveAsync("kv-loans", runId, [hostile], ct);

        Assert.Equal("91431222", await database.ScalarAsync<string>("SELECT raw_values ->> 'uscc' FROM ingest.rejected_record WHERE row_number = 7", ct));
        Assert.Equal("沅陵县公司", await database.ScalarAsync<string>("SELECT raw_values ->> 'name' FROM ingest.rejected_record WHERE row_number = 7", ct));
        Assert.Equal("amount 'x' is not a number", await database.ScalarAsync<string>("SELECT reasons[1] FROM ingest.rejected_record WHERE row_number = 7", ct));
    }

    private static RejectedRecord Reject(int row, params string[] reasons) => new(
        "http://kjt.example/list.html",
        row,
        new Dictionary<string, string?> { [RawColumns.EnterpriseName] = "沅陵 公司", [RawColumns.Uscc] = null },
        reasons);
}
