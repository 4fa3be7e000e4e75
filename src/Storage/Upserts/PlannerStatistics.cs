using Npgsql;

namespace YuanlingTech.Storage.Upserts;

/// <summary>
/// Keeps the planner's row counts in step with a fast-growing warehouse. A first sync fills empty tables within
/// seconds, long before autovacuum analyzes them; a merge planned against "empty" statistics matches every staged row
/// with a sequential scan (one 20,000-row HNTE batch took 165 s instead of 0.2 s). So a merge that grew its table by
/// more than half analyzes it inside the load's transaction (ANALYZE counts the transaction's own new rows), which
/// happens a logarithmic number of times as a table grows (each ANALYZE of a fact table with its indexes costs ≈ 0.5–0.8 s at
/// scale 1, so not after every batch).
/// </summary>
public static class PlannerStatistics
{
    private const int MinimumGrowth = 1_000;

    /// <summary>Tables analyzed together with the target, because they grow with it and the same merges read them.</summary>
    private static readonly Dictionary<string, string[]> Companions = new(StringComparer.Ordinal)
    {
        ["warehouse.enterprise"] = ["warehouse.enterprise_name"],
    };

    public static async Task<bool> RefreshIfGrownAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, int insertedRows, CancellationToken cancellationToken)
    {
        if (insertedRows < MinimumGrowth)
        {
            return false;
        }

        await using (var count = new NpgsqlCommand("SELECT reltuples FROM pg_class WHERE oid = @table::regclass", connection, transaction))
        {
            count.Parameters.AddWithValue("table", table);
            var known = Convert.ToDouble(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (known >= 0 && insertedRows <= known * 0.5)
            {
                return false;
            }
        }

        var tables = string.Join(", ", Companions.GetValueOrDefault(table, []).Prepend(table));
        await using var analyze = new NpgsqlCommand($"ANALYZE {tables}", connection, transaction);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
