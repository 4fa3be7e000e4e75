using Npgsql;

namespace YuanlingTech.Storage.Metrics;

/// <summary>Each region's own code and its sub-divisions' codes, read once and bound as <c>@codes</c> (see <see cref="MetricSql"/>).</summary>
internal static class RegionClosure
{
    private const string Sql = """
        SELECT ancestor_code::text, array_agg(code::text ORDER BY code) FROM warehouse.region_closure
        WHERE ancestor_code::text = ANY(@regions) GROUP BY ancestor_code
        """;

    /// <summary>Codes per region; a region the warehouse does not know has none (its metrics are zero).</summary>
    public static async Task<Func<string, string[]>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<string> regions, CancellationToken cancellationToken)
    {
        var codes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.AddWithValue("regions", regions.Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
        }

        return region => codes.GetValueOrDefault(region) ?? [];
    }
}
