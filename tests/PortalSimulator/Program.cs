using System.Runtime.InteropServices;

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

        if (args.Contains("--volume"))
        {
            return VolumeCommand.Run(options);
        }

        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
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
