using Npgsql;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// After a load has created or renamed enterprises, re-matches the facts of every table that are not linked by USCC and
/// carry one of the touched names or USCCs, so load order across sources does not matter and a name that became
/// ambiguous is unlinked rather than left on a guess.
/// </summary>
public static class EnterpriseRelinker
{
    /// <param name="connection">Open connection.</param>
    /// <param name="transaction">The load's transaction.</param>
    /// <param name="touchedSql">A query returning <c>name_key</c> and <c>uscc</c> (text, may be null) of the touched enterprises.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    /// <returns>Fact links changed.</returns>
    public static async Task<int> RelinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string touchedSql, CancellationToken cancellationToken)
    {
        // A touched enterprise's former names count too: facts published under them move from "name" to "former_name".
        var withFormerNames = $"""
            CREATE TEMP TABLE relink_touched ON COMMIT DROP AS
            WITH t AS ({touchedSql})
            SELECT name_key, uscc FROM t
            UNION
            SELECT h.name_key, NULL FROM t
            JOIN warehouse.enterprise e ON e.uscc = t.uscc::character(18)
            JOIN warehouse.enterprise_name h ON h.enterprise_id = e.id
            WHERE h.name_key IS NOT NULL
            """;
        await using (var touched = new NpgsqlCommand(withFormerNames, connection, transaction))
        {
            await touched.ExecuteNonQueryAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var link in FactLink.All)
        {
            await using var command = new NpgsqlCommand(Relink(link), connection, transaction);
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var drop = new NpgsqlCommand("DROP TABLE relink_touched", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    private static string Relink(FactLink link)
    {
        var p = link.Prefix;
        var uscc = link.UsccColumn is null ? "NULL::text" : $"x.{link.UsccColumn}::text";
        var touchedByUscc = link.UsccColumn is null ? string.Empty : $" OR x.{link.UsccColumn} IN (SELECT uscc FROM relink_touched)";
        return $"""
            UPDATE {link.Table} f
            SET {p}enterprise_id = m.enterprise_id, {p}match_method = m.method, {p}match_confidence = m.confidence
            FROM {link.Table} x
            CROSS JOIN LATERAL warehouse.match_enterprise({uscc}, x.{link.UsccPublishedColumn}, x.{link.NameKeyColumn}, x.{link.RegionColumn}::text) m
            WHERE f.id = x.id
              AND x.{p}match_method NOT IN {MatchMethods.ByUsccSql}
              AND (x.{link.NameKeyColumn} IN (SELECT name_key FROM relink_touched){touchedByUscc})
              AND (m.enterprise_id, m.method, m.confidence) IS DISTINCT FROM (x.{p}enterprise_id, x.{p}match_method, x.{p}match_confidence)
            """;
    }
}
