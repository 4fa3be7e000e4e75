using System.Globalization;
using Npgsql;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>rejects [--source id] [--run id] [--rows]</c>: rejected source rows by source and reason (from
/// <c>report.rejected_records</c>), and with <c>--rows</c> every row with its document, row number, reason and raw values.
/// </summary>
public static class RejectsVerb
{
    private const string Filter = "WHERE (@source IS NULL OR source_id = @source) AND (@run IS NULL OR sync_run_id = @run)";

    public static async Task<int> RunAsync(CliCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        long? run = command.Get("run") is { } text
            ? long.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id : throw new UsageException($"--run '{text}' is not a run id")
            : null;
        using var host = WorkerHost.BuildTool(quiet: true);
        var sources = host.Services.GetRequiredService<YuanlingTech.Worker.Sync.SourceSyncService>().SourceIds;
        if (command.Get("source") is { } source && !sources.Contains(source))
        {
            throw new UsageException($"--source '{source}' is not a source ({string.Join(", ", sources.Order(StringComparer.Ordinal))})");
        }

        await WriteAsync(host.Services.GetRequiredService<NpgsqlDataSource>(), command.Get("source"), run, command.Has("rows"), output, cancellationToken);
        return ExitCodes.Success;
    }

    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, string? source, long? run, bool withRows, TextWriter output, CancellationToken cancellationToken)
    {
        await using (var summary = Command(dataSource, $"SELECT source_id, reason_kind, count(*) FROM report.rejected_records {Filter} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2", source, run))
        await using (var reader = await summary.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                await output.WriteLineAsync($"{reader.GetString(0)}\t{reader.GetInt64(2)}\t{reader.GetString(1)}");
            }
        }

        if (withRows)
        {
            const string rowsSql = "SELECT source_id, sync_run_id, document_url, row_number, reason, raw_values::text FROM report.rejected_records";
            await using var rows = Command(dataSource, $"{rowsSql} {Filter} ORDER BY source_id, document_url, row_number", source, run);
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                await output.WriteLineAsync(string.Join('\t',
                    reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetInt64(1).ToString(CultureInfo.InvariantCulture),
                    reader.GetString(2), reader.GetInt32(3).ToString(CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5)));
            }
        }
    }

    private static NpgsqlCommand Command(NpgsqlDataSource dataSource, string sql, string? source, long? run)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string?>("source", source) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<long?>("run", run) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        return command;
    }
}
