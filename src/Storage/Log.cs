using Microsoft.Extensions.Logging;

namespace YuanlingTech.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applying {Count} pending warehouse migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, string migrations);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Warehouse schema is up to date")]
    public static partial void SchemaUpToDate(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Applying warehouse migrations failed")]
    public static partial void MigrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Loaded certifications for {SourceId} run {RunId}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Relinked} relinked")]
    public static partial void CertificationsLoaded(ILogger logger, string sourceId, long runId, int inserted, int updated, int unchanged, int relinked);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Staged {RowCount} rows into {StagingTable}")]
    public static partial void Staged(ILogger logger, string stagingTable, long rowCount);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "{SourceId}: revocation notice {NoticeUrl} (row {RowNumber}) dates the revocation of certificate {CertificateNo} from {StatedFrom:yyyy-MM-dd}, before its issue on {IssuedOn:yyyy-MM-dd}; it counts as revoked from {EffectiveFrom:yyyy-MM-dd}")]
    public static partial void RevocationBeforeIssue(
        ILogger logger, string sourceId, string noticeUrl, int rowNumber, string certificateNo, DateOnly statedFrom, DateOnly issuedOn, DateOnly effectiveFrom);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Upserted {Table}: {Staged} staged, {Inserted} inserted, {Updated} updated")]
    public static partial void Upserted(ILogger logger, string table, int staged, int inserted, int updated);
}
