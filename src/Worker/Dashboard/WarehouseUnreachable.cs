using System.Net.Sockets;
using Hangfire.Storage;
using Npgsql;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// Whether an exception means PostgreSQL could not be reached (as opposed to a query it refused, or a Hangfire lock another
/// server holds).
/// </summary>
public static class WarehouseUnreachable
{
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when IsConnectionState(postgres.SqlState):
                case NpgsqlException and not PostgresException:
                case SocketException:
                case TimeoutException and not DistributedLockTimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    // Class 08 (connection exception), the server shutting down or starting up, or out of connection slots.
    private static bool IsConnectionState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
