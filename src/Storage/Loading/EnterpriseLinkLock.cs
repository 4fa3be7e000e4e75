using Npgsql;
using YuanlingTech.Storage.Upserts;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads of different sources merge enterprises and re-match facts across every fact table; facts are matched against
/// the enterprises as they are at merge time. So a load is two transactions: the enterprise phase (enterprise and name
/// merges, re-match of existing facts) holds this lock exclusively, the fact phase (the source's own fact rows, matched
/// against the enterprises) holds it shared. Fact phases of different sources run side by side on their own rows; no
/// enterprise changes under a fact phase, and every enterprise phase sees and re-matches the facts committed before it,
/// so the links do not depend on how loads interleave, and no two loads lock rows in different orders.
/// </summary>
public static class EnterpriseLinkLock
{
    // An arbitrary constant of our own, distinct from the per-source run locks.
    private const long Key = 0x59_4C_45_4E_4C_4B;

    /// <summary>The enterprise phase (or a whole small load): exclusive, with an empty <see cref="LoadTouched"/> note.</summary>
    public static async Task AcquireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // Every load transaction also gets its (empty) note of touched enterprises here, for the relink at its end.
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Key}); {LoadTouched.Create}", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The fact phase: shared with other sources' fact phases.</summary>
    public static async Task AcquireSharedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock_shared({Key}); {UpsertSql.LoadSettings}", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
