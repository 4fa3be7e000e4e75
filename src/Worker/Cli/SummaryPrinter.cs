using Npgsql;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Cli;

/// <summary>The one-screen summary of what the warehouse holds, printed after a sync.</summary>
public static class SummaryPrinter
{
    private const string LastRunsSql = """
        SELECT DISTINCT ON (source_id) source_id, status, finished_at, documents_fetched, documents_unchanged,
               documents_parsed, records_extracted, records_inserted, records_updated, records_rejected, coalesce(error, '')
        FROM ingest.sync_run ORDER BY source_id, id DESC
        """;

    private const string TotalsSql = """
        SELECT (SELECT count(*) FROM warehouse.enterprise),
               (SELECT count(*) FROM warehouse.certification WHERE kind = 'hnte' AND status = 'proposed'),
               (SELECT count(*) FROM warehouse.certification WHERE kind = 'hnte' AND status = 'recognized'),
               (SELECT count(*) FROM warehouse.certification WHERE kind = 'hnte' AND status = 'revoked'),
               (SELECT count(*) FROM ingest.rejected_record),
               (SELECT count(*) FROM warehouse.certification WHERE kind = 'techsme' AND status = 'recognized'),
               (SELECT count(*) FROM warehouse.tech_contract),
               (SELECT coalesce(sum(contract_amount), 0) FROM warehouse.tech_contract),
               (SELECT count(*) FROM warehouse.loan),
               (SELECT coalesce(sum(amount_yuan), 0) FROM warehouse.loan),
               (SELECT count(*) FROM warehouse.rd_spending),
               (SELECT count(*) FROM warehouse.platform),
               (SELECT count(*) FROM warehouse.target_import)
        """;

    private const string ValidSql = "SELECT region_code, valid_count FROM report.hnte_valid_count(@on) WHERE region_code = ANY(@codes)";

    public static async Task PrintAsync(NpgsqlDataSource dataSource, TextWriter output, string? dashboardUrl, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, ChinaTime()));
        await output.WriteLineAsync("──────────────── YuanlingTech warehouse ────────────────");
        await using (var runs = dataSource.CreateCommand(LastRunsSql))
        await using (var reader = await runs.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                await output.WriteLineAsync(
                    $"{reader.GetString(0),-18} last run {reader.GetString(1)} at {ToChinaTime(reader.GetFieldValue<DateTimeOffset?>(2)):yyyy-MM-dd HH:mm} CST: " +
                    $"docs fetched {reader.GetInt32(3)}, unchanged {reader.GetInt32(4)}, parsed {reader.GetInt32(5)}; " +
                    $"records {reader.GetInt32(6)} → +{reader.GetInt32(7)} new, {reader.GetInt32(8)} updated, {reader.GetInt32(9)} rejected");
                if (reader.GetString(10) is { Length: > 0 } error)
                {
                    await output.WriteLineAsync("  error: " + error.Split('\n')[0]);
                }
            }
        }

        await using (var totals = dataSource.CreateCommand(TotalsSql))
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            await output.WriteLineAsync(
                $"enterprises {reader.GetInt64(0)} · HNTE proposed {reader.GetInt64(1)}, certificates {reader.GetInt64(2)}, " +
                $"revocations {reader.GetInt64(3)} · tech-SME registrations {reader.GetInt64(5)} · rejected rows {reader.GetInt64(4)}");
            await output.WriteLineAsync(
                $"tech contracts {reader.GetInt64(6)} ({MetricFormat.Format(reader.GetDecimal(7), MetricUnit.Yuan)}) · " +
                $"kv loans {reader.GetInt64(8)} ({MetricFormat.Format(reader.GetDecimal(9), MetricUnit.Yuan)}) · " +
                $"R&D rows {reader.GetInt64(10)} · platforms {reader.GetInt64(11)} · imported targets {reader.GetInt64(12)}");
        }

        await using (var valid = dataSource.CreateCommand(ValidSql))
        {
            valid.Parameters.AddWithValue("on", today);
            valid.Parameters.AddWithValue("codes", new[] { HunanDivisions.Province, HunanDivisions.Huaihua, HunanDivisions.Yuanling });
            var counts = new Dictionary<string, long>();
            await using var reader = await valid.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetString(0).Trim()] = reader.GetInt64(1);
            }

            await output.WriteLineAsync(
                $"valid HNTE certificates on {today:yyyy-MM-dd}: 湖南省 {counts.GetValueOrDefault(HunanDivisions.Province)}, " +
                $"怀化市 {counts.GetValueOrDefault(HunanDivisions.Huaihua)}, 沅陵县 {counts.GetValueOrDefault(HunanDivisions.Yuanling)}");
        }

        if (dashboardUrl is not null)
        {
            await output.WriteLineAsync("dashboard: " + dashboardUrl);
        }

        await output.WriteLineAsync("────────────────────────────────────────────────────────");
    }

    private static DateTimeOffset? ToChinaTime(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, ChinaTime()) : null;

    private static TimeZoneInfo ChinaTime() => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
