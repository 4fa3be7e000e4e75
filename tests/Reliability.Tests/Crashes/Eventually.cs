namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>Polls a condition until it holds or a deadline passes.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, Func<string> whyNot, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"not reached within {within.TotalSeconds:0} s\n{whyNot()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
