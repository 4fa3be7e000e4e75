using Npgsql;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Re-matching the facts of enterprises a load created or renamed is deferred to the end of the sync run: an enterprise
/// phase notes what it touched in <c>ingest.pending_relink</c>, in its own transaction (so the note survives a crash),
/// and the run's end re-matches every fact carrying a noted name once, instead of once per batch — a full sync touches
/// the same names batch after batch. Facts loaded after an enterprise change are matched against it when they are
/// merged; until the run ends, facts committed before it may keep their old link. Any run's end also applies the notes
/// a crashed run left behind.
/// </summary>
public static class PendingRelinks
{
    private const string Exists = "SELECT EXISTS (SELECT 1 FROM ingest.pending_relink)";

    // Taken whole under the exclusive enterprise link lock: every note is written under that lock too.
    private const string Take = """
        CREATE TEMP TABLE relink_pending ON COMMIT DROP AS
        WITH taken AS (DELETE FROM ingest.pending_relink RETURNING name_key, uscc)
        SELECT DISTINCT name_key, uscc FROM taken
        """;

    /// <summary>
    /// Notes the touched enterprises of an enterprise phase (which holds the exclusive lock): <paramref name="touchedSql"/>
    /// returns their <c>name_key</c> and <c>uscc</c> (text, may be null).
    /// </summary>
    public static async Task NoteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string touchedSql, CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO ingest.pending_relink (name_key, uscc)
            SELECT DISTINCT name_key, uscc FROM ({touchedSql}) t WHERE name_key IS NOT NULL OR uscc IS NOT NULL
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>At a run's end: re-matches the facts of every noted enterprise in one exclusive transaction.</summary>
    /// <returns>Fact links changed.</returns>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var probe = new NpgsqlCommand(Exists, connection))
        {
            // A run that touched no enterprise (a re-sync with nothing new) takes no lock and writes nothing.
            if (!(bool)(await probe.ExecuteScalarAsync(cancellationToken))!)
            {
                return 0;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterpriseLinkLock.AcquireAsync(connection, transaction, cancellationToken);
        var changed = await ApplyAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>Re-matches the noted enterprises inside a transaction that already holds the exclusive lock.</summary>
    /// <returns>Fact links changed.</returns>
    public static async Task<int> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var take = new NpgsqlCommand($"{Take}; {UpsertSql.LoadSettings}", connection, transaction))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        var changed = await EnterpriseRelinker.RelinkAsync(connection, transaction, "SELECT name_key, uscc FROM relink_pending", cancellationToken);
        await using (var drop = new NpgsqlCommand("DROP TABLE relink_pending", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }
}
