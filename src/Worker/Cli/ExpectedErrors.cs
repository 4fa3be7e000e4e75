using System.Net.Sockets;
using Npgsql;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// Failures a person causes or can fix — a configuration value of the wrong type, a missing folder or file, a database
/// that is unreachable or refuses the password — as one line naming the problem and the key or path, with the exit code.
/// Anything else is unexpected and keeps its stack trace.
/// </summary>
public static class ExpectedErrors
{
    /// <param name="exception">What the verb threw.</param>
    /// <param name="warehouse">Where the warehouse is (<see cref="WarehouseLocation"/>), named in database lines when known.</param>
    public static (int Exit, string Line)? Describe(Exception exception, string? warehouse = null)
    {
        var at = warehouse is null ? "" : $" ({warehouse})";
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case InvalidOperationException when ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                    return (ExitCodes.Usage, "configuration error: " + ex.Message.Replace("'System.", "'", StringComparison.Ordinal));
                case DirectoryNotFoundException or FileNotFoundException:
                    return (ExitCodes.Usage, "error: " + ex.Message);
                case UnauthorizedAccessException:
                    return (ExitCodes.Failed, "error: " + ex.Message);
                case PostgresException { SqlState: "28P01" or "28000" } pg:
                    return (ExitCodes.Failed, $"the warehouse database{at} refused the login: {pg.MessageText}; check ConnectionStrings:Warehouse");
                case PostgresException { SqlState: "3D000" } pg:
                    return (ExitCodes.Failed, $"the warehouse database{at} does not exist: {pg.MessageText}; run `migrate` or check ConnectionStrings:Warehouse");
                case NpgsqlException { InnerException: SocketException or TimeoutException } npgsql:
                    return (ExitCodes.Failed, $"the warehouse database is unreachable{at}: {npgsql.InnerException!.Message}; check ConnectionStrings:Warehouse and that PostgreSQL is running");
                case SocketException socket when exception is NpgsqlException:
                    return (ExitCodes.Failed, $"the warehouse database is unreachable{at}: {socket.Message}; check ConnectionStrings:Warehouse");
            }
        }

        return null;
    }
}
