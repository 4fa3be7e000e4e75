using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Sync;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>
/// The inbox against hostile and half-written files, on real files and a real warehouse: a bad file costs that file,
/// links are refused unopened, and no row of a file that is written or changed while it is read is lost.
/// </summary>
public sealed class ManualInboxSafetyTests
{
    private static readonly int[] AllYears = [2018, 2019, 2020, 2021, 2022, 2023];

    [Fact]
    public async Task Sync_RejectsHostileXlsx_AndLoadsTheFilesBehindThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-bomb", 1, new Dictionary<string, string?>(), ct);
        test.DropSettled("a-引用.xlsx", CraftedXlsx.HugeReferences());
        var bomb = CraftedXlsx.Bomb(paddingBytes: 300L * 1024 * 1024);
        test.DropSettled("b-炸弹.xlsx", bomb);
        test.DropSettled("c-地区生产总值.csv", InboxTestHost.GdpCsv([2020, 2021]));
        test.DropSettled("d-地区生产总值.csv", InboxTestHost.GdpCsv([2022]));

        var outcome = await test.SyncAsync(ct);

        Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal([2020, 2021, 2022], await test.GdpYearsAsync(ct));
        Assert.Empty(Directory.EnumerateFiles(test.Inbox));
        Assert.True(File.Exists(Path.Combine(test.Inbox, "archive", "d-地区生产总值.csv")));
        foreach (var (name, limit) in new[] { ("a-引用.xlsx", "(Xlsx:MaxRows)"), ("b-炸弹.xlsx", "(Xlsx:MaxPartBytes)") })
        {
            Assert.True(File.Exists(Path.Combine(test.Inbox, "rejected", name)), name);
            var sidecar = await File.ReadAllTextAsync(Path.Combine(test.Inbox, "rejected", name + InboxFolder.SidecarSuffix), ct);
            Assert.StartsWith(name + ": rejected", sidecar, StringComparison.Ordinal);
            Assert.Contains(limit, sidecar, StringComparison.Ordinal);
        }

        var ledger = await test.LedgerAsync(ct);
        Assert.Equal(["rejected", "rejected", "loaded", "loaded"], ledger.OrderBy(l => l.File, StringComparer.Ordinal).Select(l => l.Status));
        Assert.Contains("row 2000000000 is beyond the 500000 rows a sheet may have (Xlsx:MaxRows)", ledger.Single(l => l.File == "a-引用.xlsx").Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_RejectsAnXlsx_WhenItExceedsTheConfiguredLimits()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-limits", 1,
            new Dictionary<string, string?> { ["Sources:manual:Xlsx:MaxRows"] = "3" }, ct);
        using (var xlsx = new MemoryStream())
        {
            MiniExcelLibs.MiniExcel.SaveAs(xlsx, AllYears.Select(y => new { 年度 = y, 地区 = "沅陵县", 地区生产总值亿元 = 200.5 }).ToList());
            test.DropSettled("地区生产总值.xlsx", xlsx.ToArray());
        }

        await test.SyncAsync(ct);

        Assert.Empty(await test.GdpYearsAsync(ct));
        Assert.Contains("row 4 is beyond the 3 rows a sheet may have (Xlsx:MaxRows)",
            await File.ReadAllTextAsync(Path.Combine(test.Inbox, "rejected", "地区生产总值.xlsx" + InboxFolder.SidecarSuffix), ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_LoadsNothingWhileAFileIsBeingWritten_ThenAllItsRowsOnceItIsStable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-writing", 3, new Dictionary<string, string?>(), ct);
        var path = test.PathOf("地区生产总值.csv");
        await File.WriteAllBytesAsync(path, InboxTestHost.GdpCsv(AllYears[..2]), ct);

        var whileFresh = await test.SyncAsync(ct);

        Assert.True(whileFresh.Status == SyncStatus.Succeeded, whileFresh.Error);
        Assert.Empty(await test.GdpYearsAsync(ct));
        Assert.True(File.Exists(path));

        // The upload pauses longer than MinFileAgeSeconds, then resumes while the next run looks twice.
        await Task.Delay(TimeSpan.FromSeconds(3.5), ct);
        var run = test.SyncAsync(ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        await File.AppendAllTextAsync(path, "2020,沅陵县,220.5\n", ct);
        var whileResumed = await run;

        Assert.True(whileResumed.Status == SyncStatus.Succeeded, whileResumed.Error);
        Assert.Empty(await test.GdpYearsAsync(ct));
        Assert.True(File.Exists(path));

        await File.AppendAllBytesAsync(path, InboxTestHost.GdpCsv(AllYears[3..], header: false), ct);
        await Task.Delay(TimeSpan.FromSeconds(3.5), ct);
        var stable = await test.SyncAsync(ct);

        Assert.True(stable.Status == SyncStatus.Succeeded, stable.Error);
        Assert.Equal(AllYears, await test.GdpYearsAsync(ct));
        Assert.True(File.Exists(Path.Combine(test.Inbox, "archive", "地区生产总值.csv")));
        Assert.Equal([("地区生产总值.csv", "loaded", "")], await test.LedgerAsync(ct));
    }

    [Fact]
    public async Task Sync_LoadsAFile_OnlyOnceItsDoneMarkerExists_WhenReadyWhenIsDoneMarker()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-marker", 1,
            new Dictionary<string, string?> { ["Sources:manual:ReadyWhen"] = "DoneMarker" }, ct);
        var path = test.DropSettled("地区生产总值.csv", InboxTestHost.GdpCsv(AllYears));

        await test.SyncAsync(ct);
        Assert.Empty(await test.GdpYearsAsync(ct));

        await File.WriteAllTextAsync(path + InboxFolder.DoneMarkerSuffix, string.Empty, ct);
        await test.SyncAsync(ct);

        Assert.Equal(AllYears, await test.GdpYearsAsync(ct));
        Assert.Empty(Directory.EnumerateFiles(test.Inbox));
    }

    [Fact]
    public async Task Sync_RefusesSymbolicAndHardLinksToFilesOutsideTheInbox_WithoutQuotingTheirContent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-links", 1, new Dictionary<string, string?>(), ct);
        var outside = Path.Combine(Path.GetTempPath(), "yt-outside-" + Guid.NewGuid().ToString("N") + ".csv");
        const string Secret = "db_password=SECRET-4711";
        try
        {
            await File.WriteAllTextAsync(outside, Secret + "\n2024,沅陵县,1\n", ct);
            File.SetLastWriteTimeUtc(outside, DateTime.UtcNow.AddMinutes(-5));
            File.CreateSymbolicLink(test.PathOf("a-symbolic.csv"), outside);
            await LinkAsync(outside, test.PathOf("b-hard.csv"), ct);
            test.DropSettled("c-地区生产总值.csv", InboxTestHost.GdpCsv([2024]));

            var outcome = await test.SyncAsync(ct);

            Assert.True(outcome.Status == SyncStatus.Succeeded, outcome.Error);
            Assert.Equal([2024], await test.GdpYearsAsync(ct));
            Assert.Equal(Secret + "\n2024,沅陵县,1\n", await File.ReadAllTextAsync(outside, ct));
            Assert.NotNull(new FileInfo(Path.Combine(test.Inbox, "rejected", "a-symbolic.csv")).LinkTarget);
            var ledger = await test.LedgerAsync(ct);
            foreach (var (name, reason) in new[] { ("a-symbolic.csv", "it is a symbolic link"), ("b-hard.csv", "it has 2 hard links") })
            {
                var sidecar = await File.ReadAllTextAsync(Path.Combine(test.Inbox, "rejected", name + InboxFolder.SidecarSuffix), ct);
                var errors = ledger.Single(l => l.File == name).Errors;
                Assert.Contains(reason, sidecar, StringComparison.Ordinal);
                Assert.StartsWith(reason, errors, StringComparison.Ordinal);
                Assert.DoesNotContain("SECRET", sidecar, StringComparison.Ordinal);
                Assert.DoesNotContain("SECRET", errors, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task Sync_LeavesAFileThatChangedAfterItWasRead_AndTheNextRunLoadsAllItsRows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await InboxTestHost.StartAsync("inbox-changed", 1, new Dictionary<string, string?>(), ct);
        var path = test.DropSettled("地区生产总值.csv", InboxTestHost.GdpCsv(AllYears[..3]));

        await using (var scope = test.Host.Services.CreateAsyncScope())
        {
            var runId = await scope.ServiceProvider.GetRequiredService<SyncRunStore>().StartAsync(ManualConnector.Id, "test", ct);
            var session = new SyncSession(ManualConnector.Id, runId, scope.ServiceProvider, _ => { });
            var appending = new AppendOnFirstFlushSession(session, path, InboxTestHost.GdpCsv(AllYears[3..], header: false));
            await test.Host.Services.GetRequiredService<ManualConnector>().RunAsync(appending, ct);
            await session.CompleteAsync(ct);
        }

        Assert.True(File.Exists(path), "a file that changed after it was read stays in the inbox");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(test.Inbox, "archive")));
        Assert.Equal(AllYears[..3], await test.GdpYearsAsync(ct));

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        var next = await test.SyncAsync(ct);

        Assert.True(next.Status == SyncStatus.Succeeded, next.Error);
        Assert.Equal(AllYears, await test.GdpYearsAsync(ct));
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(Path.Combine(test.Inbox, "archive", "地区生产总值.csv")));
    }

    private static async Task LinkAsync(string target, string link, CancellationToken cancellationToken)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        await ln.WaitForExitAsync(cancellationToken);
        Assert.Equal(0, ln.ExitCode);
    }
}
