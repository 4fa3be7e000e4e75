using System.Diagnostics;
using YuanlingTech.Connectors.Sources.Manual;

namespace YuanlingTech.Connectors.Tests.Sources.Manual;

/// <summary>The two looks on real files: a file is ready only when nothing about it changed between them.</summary>
public sealed class InboxGateTests : IDisposable
{
    private static readonly TimeSpan MinAge = TimeSpan.FromSeconds(1);
    private readonly string _folder = Directory.CreateTempSubdirectory("yt-gate-").FullName;

    [Fact]
    public async Task WhenReady_ReturnsTheFile_AfterWaitingOutMinAgeSinceTheFirstLook_WhenNothingChanged()
    {
        var file = Settled("a.csv", "年度\n2024\n");
        var gate = new InboxGate(InboxReadyRule.Stable, MinAge, [file]);
        var clock = Stopwatch.StartNew();

        var ready = await gate.WhenReadyAsync(file, TestContext.Current.CancellationToken);

        Assert.NotNull(ready);
        Assert.Equal(file.Length, ready.Size);
        Assert.True(clock.Elapsed >= MinAge - TimeSpan.FromMilliseconds(50), $"second look after {clock.Elapsed}");
    }

    [Fact]
    public async Task WhenReady_ReturnsNull_WhenTheFileGrewBetweenTheLooks_EvenIfItsModificationTimeWasPutBack()
    {
        var file = Settled("a.csv", "年度\n2024\n");
        var written = file.LastWriteTimeUtc;
        var gate = new InboxGate(InboxReadyRule.Stable, MinAge, [file]);
        await File.AppendAllTextAsync(file.FullName, "2025\n", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(file.FullName, written);

        Assert.Null(await gate.WhenReadyAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WhenReady_ReturnsNull_WithoutWaiting_WhenTheFileWasModifiedWithinMinAge()
    {
        var file = new FileInfo(Path.Combine(_folder, "fresh.csv"));
        await File.WriteAllTextAsync(file.FullName, "年度\n", TestContext.Current.CancellationToken);
        var gate = new InboxGate(InboxReadyRule.Stable, TimeSpan.FromMinutes(10), [file]);
        var clock = Stopwatch.StartNew();

        Assert.Null(await gate.WhenReadyAsync(file, TestContext.Current.CancellationToken));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task WhenReady_WaitsForTheDoneMarker_WhenTheRuleIsDoneMarker()
    {
        var file = Settled("a.csv", "年度\n2024\n");
        var gate = new InboxGate(InboxReadyRule.DoneMarker, TimeSpan.FromMinutes(10), [file]);

        Assert.Null(await gate.WhenReadyAsync(file, TestContext.Current.CancellationToken));
        await File.WriteAllTextAsync(file.FullName + InboxFolder.DoneMarkerSuffix, string.Empty, TestContext.Current.CancellationToken);
        Assert.NotNull(await gate.WhenReadyAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void FirstLook_ReportsASymbolicLinkAsALink_NotAsWhatItPointsTo()
    {
        var target = Settled("target.csv", "secret\n");
        var link = new FileInfo(Path.Combine(_folder, "link.csv"));
        link.CreateAsSymbolicLink(target.FullName);

        var look = new InboxGate(InboxReadyRule.Stable, MinAge, [link]).FirstLook(link);

        Assert.NotNull(look);
        Assert.True(look.IsSymbolicLink);
        Assert.StartsWith("it is a symbolic link", InboxFolder.LinkProblem(look), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo Settled(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        return new FileInfo(path);
    }
}
