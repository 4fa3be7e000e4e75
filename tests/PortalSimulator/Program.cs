namespace YuanlingTech.PortalSimulator;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        SimulatorOptions options;
        try
        {
            options = CliArguments.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        await using var host = await SimulatorHost.StartAsync(options, stop.Token);
        Console.WriteLine($"listening on {host.BaseUrl}");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: shut down normally.
        }

        return 0;
    }
}
