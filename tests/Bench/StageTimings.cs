using System.Globalization;
using System.Text;
using Npgsql;

namespace YuanlingTech.Bench;

/// <summary>Per-source totals of the runs after a given run id, from <c>ingest.sync_run</c>.</summary>
internal sealed record StageTimings(string Source, long Documents, long Records, long Written, double WallS, long FetchMs, long ParseMs, long NormalizeMs, long LoadMs, string Status)
{
    public static async Task<IReadOnlyList<StageTimings>> ReadAsync(string connectionString, long afterRunId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT source_id,
                   sum(documents_fetched + documents_unchanged)::bigint,
                   sum(records_inserted + records_updated + records_unchanged)::bigint,
                   sum(records_inserted + records_updated)::bigint,
                   coalesce(extract(epoch FROM sum(finished_at - started_at)), 0)::float8,
                   sum(fetch_ms)::bigint, sum(parse_ms)::bigint, sum(normalize_ms)::bigint, sum(load_ms)::bigint,
                   string_agg(DISTINCT status, ',')
            FROM ingest.sync_run WHERE id > @after GROUP BY source_id ORDER BY source_id
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("after", afterRunId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<StageTimings>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StageTimings(
                reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetString(9)));
        }

        return rows;
    }

    public static string Table(string title, IReadOnlyList<StageTimings> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {title}: per-stage timings from ingest.sync_run (stages overlap; ms)");
        text.AppendLine(CultureInfo.InvariantCulture, $"    {"source",-18} {"docs",7} {"records",9} {"written",9} {"wall_s",8} {"fetch",8} {"parse",8} {"normalize",9} {"load",8}  status");
        foreach (var r in rows.Append(Total(rows)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {r.Source,-18} {r.Documents,7} {r.Records,9} {r.Written,9} {r.WallS,8:0.0} {r.FetchMs,8} {r.ParseMs,8} {r.NormalizeMs,9} {r.LoadMs,8}  {r.Status}");
        }

        return text.ToString().TrimEnd();
    }

    public static StageTimings Total(IReadOnlyList<StageTimings> rows) => new(
        "total", rows.Sum(r => r.Documents), rows.Sum(r => r.Records), rows.Sum(r => r.Written), rows.Sum(r => r.WallS),
        rows.Sum(r => r.FetchMs), rows.Sum(r => r.ParseMs), rows.Sum(r => r.NormalizeMs), rows.Sum(r => r.LoadMs),
        string.Join(',', rows.Select(r => r.Status).Distinct()));
}
