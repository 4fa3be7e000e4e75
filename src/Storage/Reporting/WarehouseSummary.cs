using Npgsql;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Reporting;

/// <summary>Reads the counts behind the summary screen in one round of cheap queries.</summary>
public sealed class WarehouseSummary(NpgsqlDataSource dataSource)
{
    private const string TotalsSql = """
        SELECT (SELECT count(*) FROM warehouse.enterprise),
               (SELECT count(*) FROM ingest.rejected_record),
               (now() AT TIME ZONE 'Asia/Shanghai')::date,
               coalesce((SELECT valid_count FROM report.hnte_valid_count((now() AT TIME ZONE 'Asia/Shanghai')::date) WHERE region_code = @county), 0),
               coalesce((SELECT valid_count FROM report.hnte_valid_count((now() AT TIME ZONE 'Asia/Shanghai')::date) WHERE region_code = @province), 0)
        """;

    public async Task<WarehouseSummaryData> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        long enterprises, rejects, yuanling, province;
        DateOnly today;
        await using (var command = new NpgsqlCommand(TotalsSql, connection))
        {
            command.Parameters.AddWithValue("county", HunanDivisions.Yuanling);
            command.Parameters.AddWithValue("province", HunanDivisions.Province);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            enterprises = reader.GetInt64(0);
            rejects = reader.GetInt64(1);
            today = reader.GetFieldValue<DateOnly>(2);
            yuanling = reader.GetInt64(3);
            province = reader.GetInt64(4);
        }

        var statuses = new List<CertificationStatusCount>();
        await using (var command = new NpgsqlCommand(
            "SELECT kind, status, count(*) FROM warehouse.certification GROUP BY kind, status ORDER BY kind, status", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statuses.Add(new CertificationStatusCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        var runs = new List<SyncRunSummary>();
        await using (var command = new NpgsqlCommand(
            $"SELECT DISTINCT ON (source_id) {SyncRunSql.SelectColumns} FROM ingest.sync_run ORDER BY source_id, started_at DESC, id DESC", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add(SyncRunReader.Read(reader));
            }
        }

        return new WarehouseSummaryData(enterprises, statuses, today, yuanling, province, rejects, runs);
    }
}
