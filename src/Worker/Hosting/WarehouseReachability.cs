using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace YuanlingTech.Worker.Hosting;

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
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = ProbeTimeoutSeconds, Pooling = false }.ConnectionString;
        var failedBefore = false;
        while (true)
        {
            var problem = await ProbeAsync(probe, cancellationToken);
            if (problem is null)
            {
                if (failedBefore)
                {
                    await console.WriteLineAsync($"the warehouse database is reachable ({WarehouseConnection.Describe(connectionString)})");
                }

                return;
            }

            failedBefore = true;
            await console.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"the warehouse database is unreachable ({WarehouseConnection.Describe(connectionString)}): {problem}; retrying in {retryDelay.TotalSeconds:0.#} s (Ctrl-C stops)"));
            await console.FlushAsync(cancellationToken);
            await Task.Delay(retryDelay, cancellationToken);
        }
    }

    /// <summary>Null when the server answered; else why not, in a few words.</summary>
    private static async Task<string?> ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
        catch (NpgsqlException ex) when (ex.IsTransient && !cancellationToken.IsCancellationRequested)
        {
            return Reason(ex);
        }
    }

    private static string Reason(NpgsqlException exception) => exception switch
    {
        PostgresException pg => pg.MessageText,
        { InnerException: SocketException socket } => socket.Message,
        { InnerException: TimeoutException } => $"no answer within {ProbeTimeoutSeconds} s",
        _ => exception.InnerException?.Message ?? exception.Message,
    };
}
