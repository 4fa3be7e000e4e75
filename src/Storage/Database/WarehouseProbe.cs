using System.Net.Sockets;
using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>One attempt to open a connection to the warehouse server, with a short timeout and outside the pool.</summary>
public static class WarehouseProbe
{
    /// <summary>
    /// Null when the server answered (a missing database counts: <c>migrate</c> creates it); else why not, in a few words.
    /// A refused login or any other permanent error is thrown; cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<string?> ProbeAsync(string connectionString, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = timeoutSeconds, Pooling = false }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(probe);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
        catch (NpgsqlException ex) when (ex.IsTransient && !cancellationToken.IsCancellationRequested)
        {
            return Reason(ex, timeoutSeconds);
        }
    }

    private static string Reason(NpgsqlException exception, int timeoutSeconds) => exception switch
    {
        PostgresException pg => pg.MessageText,
        { InnerException: SocketException socket } => socket.Message,
        { InnerException: TimeoutException } => $"no answer within {timeoutSeconds} s",
        _ => exception.InnerException?.Message ?? exception.Message,
    };
}
