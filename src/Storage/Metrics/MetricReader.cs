using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>Computes metrics over the warehouse with the SQL in <see cref="MetricSql"/>.</summary>
public sealed class MetricReader(NpgsqlDataSource dataSource)
{
    /// <summary>The metric for a region (with its sub-divisions) in a year, counted up to <paramref name="on"/>.</summary>
    public async Task<decimal> ActualAsync(string metricId, string region, int year, DateOnly on, CancellationToken cancellationToken)
    {
        var point = new MetricPoint(metricId, region, year, on);
        return (await ActualsAsync([point], cancellationToken))[point];
    }

    /// <summary>Cumulative figures at the end of each month of <paramref name="year"/>; null when the year has none.</summary>
    public async Task<IReadOnlyList<decimal>?> MonthlyCumulativeAsync(string metricId, string region, int year, CancellationToken cancellationToken)
    {
        var points = MonthEnds(metricId, region, year);
        var values = await ActualsAsync(points, cancellationToken);
        return Curve(points, values);
    }

    /// <summary>The month-end points of <paramref name="year"/>, January first (the input of <see cref="Curve"/>).</summary>
    public static IReadOnlyList<MetricPoint> MonthEnds(string metricId, string region, int year) =>
        Enumerable.Range(1, 12).Select(m => new MetricPoint(metricId, region, year, new DateOnly(year, m, DateTime.DaysInMonth(year, m)))).ToList();

    /// <summary>The cumulative monthly curve from the values of <see cref="MonthEnds"/>; null when the year has none.</summary>
    public static IReadOnlyList<decimal>? Curve(IReadOnlyList<MetricPoint> monthEnds, IReadOnlyDictionary<MetricPoint, decimal> values)
    {
        var months = monthEnds.Select(p => values[p]).ToArray();
        return months[11] > 0 ? months : null;
    }

    /// <summary>
    /// Every point's figure, in one round trip after the regions' codes: one statement per (metric, region), each
    /// reading that metric's rows of the region once whatever the number of points.
    /// </summary>
    public async Task<IReadOnlyDictionary<MetricPoint, decimal>> ActualsAsync(IEnumerable<MetricPoint> points, CancellationToken cancellationToken)
    {
        var groups = points.Distinct().GroupBy(p => (p.MetricId, p.Region)).Select(g => g.ToList()).ToList();
        var values = new Dictionary<MetricPoint, decimal>();
        if (groups.Count == 0)
        {
            return values;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var codes = await RegionClosure.ReadAsync(connection, transaction, groups.Select(g => g[0].Region), cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { new NpgsqlBatchCommand(MetricSql.NoJit) } };
        foreach (var group in groups)
        {
            var sql = MetricSql.For(group[0].MetricId)
                ?? throw new ArgumentException($"no SQL for metric '{group[0].MetricId}'", nameof(points));
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue("codes", codes(group[0].Region));
            command.Parameters.AddWithValue("years", group.Select(p => p.Year).ToArray());
            command.Parameters.AddWithValue("ons", group.Select(p => p.On).ToArray());
            command.Parameters.AddWithValue("from", group.Min(p => new DateOnly(p.Year, 1, 1)));
            command.Parameters.AddWithValue("to", group.Max(p => p.On));
            if (sql.Contains("@region", StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("region", group[0].Region);
            }

            batch.BatchCommands.Add(command);
        }

        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            foreach (var group in groups)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    values[group[(int)reader.GetInt64(0) - 1]] = reader.GetDecimal(1);
                }

                await reader.NextResultAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return values;
    }

    /// <summary>Contract turnover split into outbound (seller in the region) and inbound (buyer in the region).</summary>
    public async Task<(decimal Outbound, decimal Inbound)> TurnoverPartsAsync(string region, int year, DateOnly on, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var codes = await RegionClosure.ReadAsync(connection, null, [region], cancellationToken);
        await using var command = new NpgsqlCommand(MetricSql.TurnoverParts, connection);
        command.Parameters.AddWithValue("codes", codes(region));
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("on", on);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDecimal(0), reader.GetDecimal(1));
    }
}
