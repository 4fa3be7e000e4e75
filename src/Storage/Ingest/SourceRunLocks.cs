using Npgsql;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Takes <see cref="SourceRunLock"/>s on the warehouse's data source.</summary>
public sealed class SourceRunLocks(NpgsqlDataSource dataSource)
{
    /// <summary>The source's lock, or null when another run holds it.</summary>
    public Task<SourceRunLock?> TryAcquireAsync(string sourceId, CancellationToken cancellationToken) =>
        SourceRunLock.TryAcquireAsync(dataSource, sourceId, cancellationToken);
}
