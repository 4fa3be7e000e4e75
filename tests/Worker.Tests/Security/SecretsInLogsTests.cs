using System.Diagnostics;
using Npgsql;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>
/// The worker executable, run as a child process with every log category at Trace, syncs every source (one of them
/// failing, so a webhook fires) and evaluates; neither the database password nor the webhook's secrets (path token, query key) appear in its output.
/// </summary>
public sealed class SecretsInLogsTests
{
    private static readonly string[] Categories =
    [
        "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http", "System.Net.Http.HttpClient",
        "Npgsql", "Hangfire", "Polly", "YuanlingTech",
    ];

    [Fact]
    public async Task RunOnce_NeverLogsTheDatabasePasswordOrTheWebhookSecrets_WhenLoggingIsAtTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        var databasePassword = "pg-secret-" + Guid.NewGuid().ToString("N");
        var webhookToken = "hook-token-" + Guid.NewGuid().ToString("N");
        var webhookKey = "robot-key-" + Guid.NewGuid().ToString("N");
        await using var database = await TestDatabase.CreateAsync("secrets", ct);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01, KvLoanFailPage = 1 }, ct);
        await using var receiver = await TokenWebhookReceiver.StartAsync(ct);
        var environment = WorkerTestHost.Overrides(database, simulator);
        // The test cluster trusts loopback, so the password is carried (and could leak) without being needed.
        environment["ConnectionStrings:Warehouse"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = databasePassword }.ConnectionString;
        environment["Notifications:WebhookUrl"] = receiver.UrlFor(webhookToken, webhookKey).AbsoluteUri;
        environment["Notifications:Format"] = "wecom";
        foreach (var category in Categories)
        {
            environment[$"Logging:LogLevel:{category}"] = "Trace";
        }

        var (exitCode, output) = await RunWorkerAsync(environment, ["run", "--once"], ct);

        Assert.True(output.Length > 10_000, $"suspiciously little output ({output.Length} chars, exit {exitCode})");
        Assert.Contains("trce: ", output, StringComparison.Ordinal);
        Assert.Contains("System.Net.Http.HttpClient.", output, StringComparison.Ordinal);
        Assert.Contains("kv-loans", output, StringComparison.Ordinal);
        Assert.Contains(webhookToken, receiver.Tokens);
        Assert.DoesNotContain(databasePassword, output, StringComparison.Ordinal);
        Assert.DoesNotContain(webhookToken, output, StringComparison.Ordinal);
        Assert.DoesNotContain(webhookKey, output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunWorkerAsync(
        Dictionary<string, string?> configuration, string[] arguments, CancellationToken cancellationToken)
    {
        var start = WorkerExecutable.StartInfo(configuration, arguments);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the worker did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
