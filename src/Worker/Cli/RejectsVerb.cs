using System.Globalization;
using YuanlingTech.Storage.Ingest;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>rejects [--source id] [--run id] [--rows]</c>: rejected source rows by source and reason (from
/// <c>report.rejected_records</c>), and with <c>--rows</c> every row with its document, row number, reason and raw values.
/// </summary>
public static class RejectsVerb
{
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

        await WriteAsync(host.Services.GetRequiredService<RejectedRecordsQuery>(), command.Get("source"), run, command.Has("rows"), output, cancellationToken);
        return ExitCodes.Success;
    }

    public static async Task WriteAsync(
        RejectedRecordsQuery query, string? source, long? run, bool withRows, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await foreach (var count in query.CountsAsync(source, run, cancellationToken))
        {
            await output.WriteLineAsync($"{count.SourceId}\t{count.Count}\t{count.ReasonKind}");
        }

        if (withRows)
        {
            await foreach (var row in query.RowsAsync(source, run, cancellationToken))
            {
                await output.WriteLineAsync(string.Join('\t',
                    row.SourceId, row.SyncRunId?.ToString(CultureInfo.InvariantCulture) ?? "", row.DocumentUrl,
                    row.RowNumber.ToString(CultureInfo.InvariantCulture), row.Reason, row.RawValuesJson));
            }
        }
    }
}
