using Npgsql;

namespace YuanlingTech.Storage.Tests;

/// <summary>Runs SQL with the rights of the <c>report_reader</c> role (<c>SET LOCAL ROLE</c> in a rolled-back transaction).</summary>
public static class AsReportReader
{
    /// <summary>Every row of the last result of <paramref name="sql"/> (several statements allowed), each as its column values.</summary>
    public static async Task<List<object?[]>> QueryAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var role = new NpgsqlCommand("SET LOCAL ROLE report_reader", connection, transaction))
        {
            await role.ExecuteNonQueryAsync(cancellationToken);
        }

        var rows = new List<object?[]>();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            do
            {
                rows.Clear();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var values = new object?[reader.FieldCount];
                    reader.GetValues(values!);
                    rows.Add([.. values.Select(v => v is DBNull ? null : v)]);
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        await transaction.RollbackAsync(cancellationToken);
        return rows;
    }
}
