using YuanlingTech.Bench;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync($"bench: {ex.Message}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await new BenchRunner(settings, Console.Out).RunAsync(stop.Token);
