using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>Computes metrics over the warehouse with the SQL in <see cref="MetricSql"/>.</summary>
public sealed class MetricReader(NpgsqlDataSource dataSource)
{
    /// <summary>The metric for a region (with its sub-divisions) in a year, counted up to <paramref name="on"/>.</summary>
    public async Task<decimal> ActualAsync(string metricId, string region, int year, DateOnly on, CancellationToken cancellationToken)
    {
        var sql = MetricSql.Actual.GetValueOrDefault(metricId) ?? throw new ArgumentException($"no SQL for metric '{metricId}'", nameof(metricId));
        await using var command = dataSource.CreateCommand(sql);
        AddParameters(command, region, year, on);
        return (decimal)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Cumulative figures at the end of each month of <paramref name="year"/>; null when the year has none.</summary>
    public async Task<IReadOnlyList<decimal>?> MonthlyCumulativeAsync(string metricId, string region, int year, CancellationToken cancellationToken)
    {
        var months = new decimal[12];
        for (var month = 1; month <= 12; month++)
        {
            var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            months[month - 1] = await ActualAsync(metricId, region, year, end, cancellationToken);
        }

        return months[11] > 0 ? months : null;
    }

    /// <summary>Contract turnover split into outbound (seller in the region) and inbound (buyer in the region).</summary>
    public async Task<(decimal Outbound, decimal Inbound)> TurnoverPartsAsync(string region, int year, DateOnly on, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(MetricSql.TurnoverParts);
        AddParameters(command, region, year, on);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDecimal(0), reader.GetDecimal(1));
    }

    private static void AddParameters(NpgsqlCommand command, string region, int year, DateOnly on)
    {
        command.Parameters.AddWithValue("region", region);
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("on", on);
    }
}
