using System.Globalization;
using YuanlingTech.PortalSimulator.Sources.Manual;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Compares the warehouse and the inbox folders with the simulator's truth for source <c>manual</c>.</summary>
internal static class ManualWarehouseAssert
{
    public const string Digest = """
        SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (
          SELECT 'r' || r::text AS t FROM warehouse.rd_spending r
          UNION ALL SELECT 'p' || p::text FROM warehouse.platform p
          UNION ALL SELECT 't' || t::text FROM warehouse.target_import t
          UNION ALL SELECT 'g' || g::text FROM warehouse.regional_gdp g
          UNION ALL SELECT 'c' || c::text FROM warehouse.challenge_project c
          UNION ALL SELECT 'x' || x::text FROM ingest.rejected_record x) x
        """;

    public static async Task MatchesAsync(WarehouseReader reader, ManualTruth truth, string inbox, CancellationToken cancellationToken)
    {
        Assert.Equal(truth.RdSpendingRows, await reader.CountAsync("SELECT count(*) FROM warehouse.rd_spending", cancellationToken));
        Assert.Equal(truth.PlatformRows, await reader.CountAsync("SELECT count(*) FROM warehouse.platform", cancellationToken));
        Assert.Equal(truth.TargetRows, await reader.CountAsync("SELECT count(*) FROM warehouse.target_import", cancellationToken));

        var sums = await reader.QueryAsync(
            "SELECT year, region_code, sum(amount) FROM warehouse.rd_spending GROUP BY 1, 2",
            r => (Key: string.Create(CultureInfo.InvariantCulture, $"{r.GetInt32(0)}|{r.GetString(1)}"), Sum: r.GetDecimal(2)),
            cancellationToken);
        Assert.Equal(truth.RdSumsYuan.OrderBy(p => p.Key, StringComparer.Ordinal),
            sums.Select(s => new KeyValuePair<string, decimal>(s.Key, s.Sum)).OrderBy(p => p.Key, StringComparer.Ordinal));

        var statuses = await reader.QueryAsync(
            "SELECT status, count(*)::int FROM warehouse.platform GROUP BY 1", r => (r.GetString(0), r.GetInt32(1)), cancellationToken);
        Assert.Equal(truth.PlatformsByStatus.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
            statuses.OrderBy(s => s.Item1, StringComparer.Ordinal));

        foreach (var file in truth.Files)
        {
            var path = Path.Combine(inbox, file.Destination, file.Name);
            Assert.True(File.Exists(path), $"{file.Name} should be in {file.Destination}/");
            if (file.Destination == "rejected")
            {
                var sidecar = await File.ReadAllTextAsync(path + ".errors.txt", cancellationToken);
                Assert.All(file.Reasons, reason => Assert.Contains(reason, sidecar, StringComparison.Ordinal));
            }
        }

        Assert.Empty(Directory.EnumerateFiles(inbox));
        var ledger = await reader.QueryAsync(
            "SELECT file_name, status, coalesce(template, ''), row_count FROM ingest.inbox_file WHERE status <> 'duplicate'",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), cancellationToken);
        Assert.Equal(
            truth.Files.Select(f => (f.Name, f.Destination == "archive" ? "loaded" : "rejected", f.Template ?? string.Empty, f.Rows)).Order(),
            ledger.Order());
    }
}
