using Npgsql;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Maps a row selected with <see cref="SyncRunSql.SelectColumns"/>.</summary>
internal static class SyncRunReader
{
    public static SyncRunSummary Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        new SyncRunCounts
        {
            DocumentsFetched = reader.GetInt32(7),
            DocumentsUnchanged = reader.GetInt32(8),
            DocumentsParsed = reader.GetInt32(9),
            RecordsExtracted = reader.GetInt32(10),
            RecordsInserted = reader.GetInt32(11),
            RecordsUpdated = reader.GetInt32(12),
            RecordsUnchanged = reader.GetInt32(13),
            RecordsRejected = reader.GetInt32(14),
            RecordsDuplicate = reader.GetInt32(15),
            FetchMs = reader.GetInt64(16),
            ParseMs = reader.GetInt64(17),
            NormalizeMs = reader.GetInt64(18),
            LoadMs = reader.GetInt64(19),
            Pagination = reader.IsDBNull(20) ? null : reader.GetString(20),
        });
}
