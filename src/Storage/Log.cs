using Microsoft.Extensions.Logging;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Storage;

/// <summary>Every log event of the warehouse: ids 3000–3999 (3020 is named in docs/warehouse.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applying {Count} pending warehouse migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(this ILogger logger, int count, string migrations);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Warehouse schema is up to date")]
    public static partial void SchemaUpToDate(this ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Applying warehouse migrations failed")]
    public static partial void MigrationFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Loaded certifications for {SourceId} run {RunId}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Relinked} relinked")]
    public static partial void CertificationsLoaded(this ILogger logger, string sourceId, long runId, int inserted, int updated, int unchanged, int relinked);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Upserted {Table}: {Staged} staged, {Inserted} inserted, {Updated} updated")]
    public static partial void Upserted(this ILogger logger, string table, int staged, int inserted, int updated);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Staged {RowCount} rows into {StagingTable}")]
    public static partial void Staged(this ILogger logger, string stagingTable, long rowCount);

    // Was 3020 too, which is the revocation warning's documented id.
    [LoggerMessage(EventId = 3013, Level = LogLevel.Debug,
        Message = "Loaded tech contracts for {SourceId} run {RunId}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Relinked} sides relinked")]
    public static partial void ContractsLoaded(this ILogger logger, string sourceId, long runId, int inserted, int updated, int unchanged, int relinked);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug,
        Message = "Loaded loans for {SourceId} run {RunId}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {History} new states, {Relinked} relinked")]
    public static partial void LoansLoaded(this ILogger logger, string sourceId, long runId, int inserted, int updated, int unchanged, int history, int relinked);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Debug,
        Message = "{SourceId} run {RunId}: {Kind} list {Year}/{Batch} of {PublishedOn}: {Inserted} inserted, {Updated} updated, {Tidied} older rows folded or replaced")]
    public static partial void TechSmeListLoaded(
        this ILogger logger, string sourceId, long runId, TechSmeListKind kind, int year, int? batch, DateOnly publishedOn, int inserted, int updated, int tidied);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information,
        Message = "{SourceId}: {FileName} {Status}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged")]
    public static partial void InboxFileLoaded(this ILogger logger, string sourceId, string fileName, string status, int inserted, int updated, int unchanged);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Debug, Message = "{SourceId} run {SyncRunId}: {Rows} rename rows, {Renamed} enterprises renamed")]
    public static partial void HnteRenamesLoaded(this ILogger logger, string sourceId, long syncRunId, int rows, int renamed);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Debug,
        Message = "{SourceId} run {SyncRunId}: national filing rows inserted {Inserted}, updated {Updated}, left as published elsewhere or unchanged {Unchanged}")]
    public static partial void HnteNationalFilingsLoaded(this ILogger logger, string sourceId, long syncRunId, int inserted, int updated, int unchanged);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "{SourceId}: revocation notice {NoticeUrl} (row {RowNumber}) dates the revocation of certificate {CertificateNo} from {StatedFrom:yyyy-MM-dd}, before its issue on {IssuedOn:yyyy-MM-dd}; it counts as revoked from {EffectiveFrom:yyyy-MM-dd}")]
    public static partial void RevocationBeforeIssue(
        this ILogger logger, string sourceId, string noticeUrl, int rowNumber, string certificateNo, DateOnly statedFrom, DateOnly issuedOn, DateOnly effectiveFrom);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Debug,
        Message = "{SourceId}: the database refused a batch of {RowCount} rows ({Error}); loading each half on its own")]
    public static partial void Splitting(this ILogger logger, string sourceId, int rowCount, string error);

    [LoggerMessage(EventId = 3031, Level = LogLevel.Warning,
        Message = "{SourceId}: {DocumentUrl} row {RowNumber} is rejected: the database refused it ({Error})")]
    public static partial void RowRefused(this ILogger logger, string sourceId, string documentUrl, int rowNumber, string error);
}
