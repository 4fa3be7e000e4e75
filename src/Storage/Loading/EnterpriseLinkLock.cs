using Npgsql;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Loads of different sources merge enterprises and re-match facts across every fact table, so two of them running at once
/// lock the same rows in different orders and deadlock. Each load transaction takes this lock first; fetching and
/// parsing still run in parallel, only the writes take turns.
/// </summary>
public static class EnterpriseLinkLock
{
    // An arbitrary constant of our own, distinct from the per-source run locks.
    private const long Key = 0x59_4C_45_4E_4C_4B;

    public static async Task AcquireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // Every load transaction also gets its (empty) note of touched enterprises here, for the relink at its end.
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Key}); {LoadTouched.Create}", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
