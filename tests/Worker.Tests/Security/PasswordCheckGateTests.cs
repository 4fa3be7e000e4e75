using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

public sealed class PasswordCheckGateTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_StartsTheSecondCheck_OnlyWhenTheFirstEnds_WhenConcurrencyIsOne()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new PasswordCheckGate(1);
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var secondStarted = false;
        var first = Task.Run(() => gate.RunAsync(() => { firstStarted.Set(); releaseFirst.Wait(ct); return 1; }, Long, ct), ct);
        firstStarted.Wait(ct);

        var second = Task.Run(() => gate.RunAsync(() => { Volatile.Write(ref secondStarted, true); return 2; }, Long, ct), ct);
        await Task.Delay(300, ct);
        var startedWhileFirstRan = Volatile.Read(ref secondStarted);
        releaseFirst.Set();
        await Task.WhenAll(first, second);

        Assert.False(startedWhileFirstRan);
        Assert.True(Volatile.Read(ref secondStarted));
        Assert.Equal((true, 1), await first);
    }

    [Fact]
    public async Task RunAsync_LetsTwoRunTogether_WhenConcurrencyIsTwo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new PasswordCheckGate(2);
        using var bothIn = new CountdownEvent(2);

        var checks = Enumerable.Range(0, 2).Select(_ => Task.Run(() => gate.RunAsync(() => { bothIn.Signal(); return bothIn.Wait(Long, ct); }, Long, ct), ct));

        Assert.All(await Task.WhenAll(checks), r => Assert.Equal((true, true), r));
    }

    [Fact]
    public async Task RunAsync_GivesUpWithoutRunning_WhenNoSlotFreesInTime()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gate = new PasswordCheckGate(1);
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var first = Task.Run(() => gate.RunAsync(() => { firstStarted.Set(); releaseFirst.Wait(ct); return 1; }, Long, ct), ct);
        firstStarted.Wait(ct);

        var late = await gate.RunAsync(() => 2, TimeSpan.FromMilliseconds(100), ct);
        releaseFirst.Set();
        await first;

        Assert.Equal((false, 0), late);
    }
}
