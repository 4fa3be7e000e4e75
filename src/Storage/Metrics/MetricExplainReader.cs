using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>Reads where a figure comes from (<see cref="MetricExplainSql"/>) and which years a region has data for.</summary>
public sealed class MetricExplainReader(NpgsqlDataSource dataSource)
{
    /// <summary>The documents and rows the figure of <paramref name="metricId"/> for the region, year and date is computed from.</summary>
    public async Task<IReadOnlyList<MetricSourceRows>> ExplainAsync(string metricId, string region, int year, DateOnly on, CancellationToken cancellationToken)
    {
        var sql = MetricExplainSql.For(metricId) ?? throw new ArgumentException($"no explain SQL for metric '{metricId}'", nameof(metricId));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var codes = await RegionClosure.ReadAsync(connection, transaction, [region], cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { new NpgsqlBatchCommand(MetricSql.NoJit) } };
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("codes", codes(region));
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("on", on);
        if (sql.Contains("@region", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("region", region);
        }

        batch.BatchCommands.Add(command);
        var rows = new List<MetricSourceRows>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new MetricSourceRows(reader.GetString(0), reader.GetFieldValue<int[]>(1), reader.GetInt64(2)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>The years the region (with its sub-divisions) has facts of its own in, oldest first.</summary>
    public async Task<IReadOnlyList<int>> DataYearsAsync(string region, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var codes = await RegionClosure.ReadAsync(connection, null, [region], cancellationToken);
        await using var command = new NpgsqlCommand(MetricExplainSql.DataYears, connection);
        command.Parameters.AddWithValue("codes", codes(region));
        var years = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }
}
