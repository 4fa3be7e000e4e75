using Npgsql;
using YuanlingTech.Storage.Ingest;

namespace YuanlingTech.Storage.Reporting;

/// <summary>Reads the <see cref="WarehouseSummaryScreen"/>: latest run per source, table totals, valid HNTE counts.</summary>
public sealed class WarehouseSummaryQuery(NpgsqlDataSource dataSource)
{
    private const string LastRunsSql =
        $"SELECT DISTINCT ON (source_id) {SyncRunSql.SelectColumns} FROM ingest.sync_run ORDER BY source_id, id DESC";

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

    /// <param name="validOn">The day the valid HNTE certificates are counted on.</param>
    /// <param name="regionCodes">The regions they are counted for.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public async Task<WarehouseSummaryScreen> ReadAsync(DateOnly validOn, IReadOnlyList<string> regionCodes, CancellationToken cancellationToken)
    {
        var runs = new List<SyncRunSummary>();
        await using (var command = dataSource.CreateCommand(LastRunsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add(SyncRunReader.Read(reader));
            }
        }

        WarehouseTotals totals;
        await using (var command = dataSource.CreateCommand(TotalsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            totals = new WarehouseTotals(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetDecimal(7), reader.GetInt64(8), reader.GetDecimal(9), reader.GetInt64(10),
                reader.GetInt64(11), reader.GetInt64(12));
        }

        var valid = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand(ValidSql))
        {
            command.Parameters.AddWithValue("on", validOn);
            command.Parameters.AddWithValue("codes", regionCodes.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                valid[reader.GetString(0).Trim()] = reader.GetInt64(1);
            }
        }

        return new WarehouseSummaryScreen(runs, totals, valid);
    }
}
