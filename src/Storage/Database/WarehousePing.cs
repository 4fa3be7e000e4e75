using Npgsql;

namespace YuanlingTech.Storage.Database;

/// <summary>Whether the warehouse answers a query; throws the <see cref="NpgsqlException"/> when it does not.</summary>
public sealed class WarehousePing(NpgsqlDataSource dataSource)
{
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
