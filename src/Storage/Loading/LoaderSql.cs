using Npgsql;

namespace YuanlingTech.Storage.Loading;

/// <summary>A statement of a loader's transaction; returns the rows it affected.</summary>
internal static class LoaderSql
{
    public static Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, sql, syncRunId: null, cancellationToken);

    /// <summary>With <paramref name="syncRunId"/> as the statement's one positional parameter ($1) when given.</summary>
    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, long? syncRunId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (syncRunId is { } id)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
