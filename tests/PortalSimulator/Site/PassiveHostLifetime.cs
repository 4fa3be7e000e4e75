namespace YuanlingTech.PortalSimulator.Site;

/// <summary>Leaves process signals to whoever embeds the simulator (a test run or the CLI's own handlers).</summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
