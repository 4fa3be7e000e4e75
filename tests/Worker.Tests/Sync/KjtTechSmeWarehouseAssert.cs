using YuanlingTech.Normalization.Names;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Asserts that the warehouse holds exactly the simulator's tech-SME ground truth.</summary>
public static class KjtTechSmeWarehouseAssert
{
    public const string RowsSql = """
        SELECT natural_key, coalesce(certificate_no, ''), status, coalesce(batch_no, 0), region_code, valid_from, revoked_from, sync_run_id
        FROM warehouse.certification WHERE kind = 'techsme'
        """;

    /// <summary>The row as the warehouse must hold it: natural key, number, status, batch, region, valid from, revoked from.</summary>
    public static string Describe(TechSmeRecordTruth record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var enterprise = record.Uscc
            ?? (record.RegistrationNo is { } number ? $"no:{number}" : $"name:{EnterpriseNameNormalizer.MatchKey(record.Name)}@{record.RegionCode}");
        return $"techsme:{record.Year}:{enterprise} {record.RegistrationNo} {record.Status} {record.BatchNo} {record.RegionCode} {record.ValidFrom:yyyy-MM-dd} {record.RevokedFrom:yyyy-MM-dd}";
    }

    public static async Task<List<(string Row, long? RunId)>> ReadRowsAsync(WarehouseReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return await reader.QueryAsync(
            RowsSql,
            r => ($"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)} {r.GetInt32(3)} {r.GetString(4).Trim()} " +
                  $"{(r.IsDBNull(5) ? "" : r.GetFieldValue<DateOnly>(5).ToString("yyyy-MM-dd"))} {(r.IsDBNull(6) ? "" : r.GetFieldValue<DateOnly>(6).ToString("yyyy-MM-dd"))}",
                  r.IsDBNull(7) ? (long?)null : r.GetInt64(7)),
            cancellationToken);
    }

    public static async Task MatchesAsync(WarehouseReader reader, TechSmeTruth truth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var rows = await ReadRowsAsync(reader, cancellationToken);
        Assert.Equal(truth.Records.Select(Describe).Order(StringComparer.Ordinal), rows.Select(r => r.Row).Order(StringComparer.Ordinal));

        var rejects = await reader.QueryAsync(
            "SELECT document_url, row_number FROM ingest.rejected_record WHERE source_id = 'kjt-techsme'",
            r => $"{r.GetString(0)}#{r.GetInt32(1)}",
            cancellationToken);
        Assert.Equal(truth.Rejects.Select(r => $"{r.DocumentUrl}#{r.RowNumber}").Order(StringComparer.Ordinal), rejects.Order(StringComparer.Ordinal));

        var registered = await reader.QueryAsync(
            "SELECT batch_year, region_code FROM warehouse.certification WHERE kind = 'techsme' AND status = 'recognized'",
            r => (Year: r.GetInt32(0), Region: r.GetString(1).Trim()),
            cancellationToken);
        foreach (var expected in truth.RegisteredCounts.Where(c => c.RegionCode is HunanDivisions.Yuanling or HunanDivisions.Huaihua or HunanDivisions.Province))
        {
            var actual = registered.Count(r => r.Year == expected.Year && RegionResolver.IsWithin(r.Region, expected.RegionCode));
            Assert.True(actual == expected.Count, $"tech-SMEs registered in {expected.Year} in {expected.RegionCode}: expected {expected.Count}, warehouse has {actual}");
        }
    }
}
