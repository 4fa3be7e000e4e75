using Npgsql;
using NpgsqlTypes;

namespace YuanlingTech.Storage.Ingest;

/// <summary>Reads <c>report.rejected_records</c>, optionally of one source and one run (null: all).</summary>
public sealed class RejectedRecordsQuery(NpgsqlDataSource dataSource)
{
    private const string Filter = "WHERE (@source IS NULL OR source_id = @source) AND (@run IS NULL OR sync_run_id = @run)";

    private const string CountsSql =
        $"SELECT source_id, reason_kind, count(*) FROM report.rejected_records {Filter} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2";

    private const string RowsSql =
        "SELECT source_id, sync_run_id, document_url, row_number, reason, raw_values::text FROM report.rejected_records "
        + $"{Filter} ORDER BY source_id, document_url, row_number";

    /// <summary>Rejected rows per source and reason kind, by source, most frequent first.</summary>
    public async IAsyncEnumerable<RejectReasonCount> CountsAsync(
        string? source, long? run, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(CountsSql, source, run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new RejectReasonCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }
    }

    /// <summary>Every rejected row, by source, document and row number.</summary>
    public async IAsyncEnumerable<RejectedRow> RowsAsync(
        string? source, long? run, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(RowsSql, source, run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new RejectedRow(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetString(4), reader.GetString(5));
        }
    }

    private NpgsqlCommand Command(string sql, string? source, long? run)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string?>("source", source) { NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long?>("run", run) { NpgsqlDbType = NpgsqlDbType.Bigint });
        return command;
    }
}
