using System.Net;
using System.Net.Sockets;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// <c>run</c> started while PostgreSQL is down: within 5 s one line says so, naming the server without the password and
/// without a stack trace; it retries until a cluster starts on that port, then migrates and serves; Ctrl-C while
/// waiting (or SIGTERM) stops it cleanly.
/// </summary>
public sealed class RunWaitsForDatabaseTests
{
    private const string Password = "yt-not-to-be-printed";
    private static readonly string[] Sources = ["kjt-hnte", "kjt-techsme", "market-contracts", "kv-loans", "manual"];

    [Fact]
    public async Task Run_SaysWithinFiveSecondsThatTheDatabaseIsUnreachable_AndServesOnceItStarts()
    {
        var ct = TestContext.Current.CancellationToken;
        const int databasePort = 55461;
        AssertNothingListens(databasePort);
        var httpPort = FreePort();
        var unreachable = $"the warehouse database is unreachable (Host=127.0.0.1;Port={databasePort};Database=yt_run_waits): ";

        using var worker = WorkerProcess.Start("waiting", Settings(databasePort, httpPort), "run");
        await Eventually.HoldsAsync(() => Task.FromResult(worker.Output.Contains(unreachable, StringComparison.Ordinal)), TimeSpan.FromSeconds(5), () => worker.Tail(), ct);
        await Eventually.HoldsAsync(() => Task.FromResult(Count(worker.Output, unreachable) >= 2), TimeSpan.FromSeconds(15), () => worker.Tail(), ct);
        Assert.False(worker.HasExited, worker.Tail());

        await using var cluster = await RestartableCluster.StartAsync(databasePort, "pg-run-waits", ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.HoldsAsync(() => ReadyAsync(http, httpPort, ct), TimeSpan.FromSeconds(120), () => worker.Tail(), ct);
        var exit = await worker.SignalAsync("INT", ct);

        Assert.Equal(0, exit);
        Assert.Contains("worker running", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", worker.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Run_ExitsCleanly_WhenSignalledWhileWaitingForTheDatabase(string signal)
    {
        var ct = TestContext.Current.CancellationToken;
        const int databasePort = 55462;
        AssertNothingListens(databasePort);

        using var worker = WorkerProcess.Start("interrupted", Settings(databasePort, FreePort()), "run");
        await Eventually.HoldsAsync(() => Task.FromResult(worker.Output.Contains("unreachable", StringComparison.Ordinal)), TimeSpan.FromSeconds(5), () => worker.Tail(), ct);
        var exit = await worker.SignalAsync(signal, ct);

        Assert.True(exit == 0, worker.Tail());
        Assert.Contains("run: stopped before the warehouse database was reachable", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", worker.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(int databasePort, int httpPort)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = $"Host=127.0.0.1;Port={databasePort};Username=postgres;Password={Password};Database=yt_run_waits",
            ["Worker:Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Worker:ServerName"] = "waiting",
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach (var source in Sources)
        {
            settings[$"Sources:{source}:Enabled"] = "false";
        }

        return settings;
    }

    private static async Task<bool> ReadyAsync(HttpClient http, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int Count(string text, string value) => text.Split(value).Length - 1;

    private static void AssertNothingListens(int port)
    {
        using var client = new TcpClient();
        var refused = Assert.Throws<SocketException>(() => client.Connect(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
