using Npgsql;

namespace YuanlingTech.Worker.Tests.Infrastructure;

/// <summary>Small typed reads of the warehouse for assertions.</summary>
public sealed class WarehouseReader(string connectionString)
{
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken) =>
        (await QueryAsync(sql, r => r.GetInt64(0), cancellationToken)).Single();

    /// <summary>A digest of every warehouse fact table's content, to prove a re-run changed nothing.</summary>
    public async Task<string> DigestAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (
              SELECT 'e' || e::text AS t FROM warehouse.enterprise e
              UNION ALL SELECT 'n' || n::text FROM warehouse.enterprise_name n
              UNION ALL SELECT 'c' || c::text FROM warehouse.certification c
              UNION ALL SELECT 'r' || r::text FROM ingest.rejected_record r) x
            """;
        return (await QueryAsync(sql, r => r.GetString(0), cancellationToken)).Single();
    }
}
