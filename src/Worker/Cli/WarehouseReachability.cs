using System.Globalization;
using YuanlingTech.Storage.Database;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// Start-up of <c>run</c>: waits for the warehouse server to answer, one console line per failed attempt, instead of
/// letting migrations hang on Npgsql's default connect timeout and then fail.
/// </summary>
public static class WarehouseReachability
{
    public const int ProbeTimeoutSeconds = 3;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Returns once a connection opens (a missing database counts: <c>migrate</c> creates it). A refused login or any
    /// other permanent error is thrown for the CLI to describe; cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task WaitAsync(string connectionString, TextWriter console, TimeSpan retryDelay, CancellationToken cancellationToken)
    {
        var failedBefore = false;
        while (true)
        {
            var problem = await WarehouseProbe.ProbeAsync(connectionString, ProbeTimeoutSeconds, cancellationToken);
            if (problem is null)
            {
                if (failedBefore)
                {
                    await console.WriteLineAsync($"the warehouse database is reachable ({WarehouseConnectionString.Describe(connectionString)})");
                }

                return;
            }

            failedBefore = true;
            await console.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"the warehouse database is unreachable ({WarehouseConnectionString.Describe(connectionString)}): {problem}; retrying in {retryDelay.TotalSeconds:0.#} s (Ctrl-C stops)"));
            await console.FlushAsync(cancellationToken);
            await Task.Delay(retryDelay, cancellationToken);
        }
    }
}
