using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Asserts that the warehouse holds exactly the simulator's HNTE ground truth.</summary>
public static class HnteWarehouseAssert
{
    public static async Task MatchesAsync(WarehouseReader reader, HnteTruth truth, CancellationToken cancellationToken)
    {
        var enterprises = await reader.QueryAsync(
            "SELECT uscc, region_code FROM warehouse.enterprise", r => $"{r.GetString(0)}@{r.GetString(1).Trim()}", cancellationToken);
        Assert.Equal(truth.Enterprises.Select(e => $"{e.Uscc}@{e.RegionCode}").Order(), enterprises.Order());

        var certificates = await reader.QueryAsync(
            "SELECT certificate_no, region_code, issue_date, valid_to, revoked_from, uscc FROM report.hnte_certificate",
            r => (No: r.GetString(0), Region: r.GetString(1).Trim(), Issue: r.GetFieldValue<DateOnly>(2), ValidTo: r.GetFieldValue<DateOnly>(3),
                  Revoked: r.IsDBNull(4) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(4), Uscc: r.IsDBNull(5) ? null : r.GetString(5)),
            cancellationToken);
        Assert.Equal(
            truth.Certificates.Select(c => $"{c.CertificateNo} {c.RegionCode} {c.IssueDate} {c.ValidTo} {c.RevokedFrom}").Order(),
            certificates.Select(c => $"{c.No} {c.Region} {c.Issue} {c.ValidTo} {c.Revoked}").Order());
        var usccByCertificate = certificates.ToDictionary(c => c.No, c => c.Uscc);
        foreach (var certificate in truth.Certificates.Where(c => c.Uscc is not null))
        {
            Assert.Equal(certificate.Uscc, usccByCertificate[certificate.CertificateNo]);
        }

        Assert.Equal(truth.ProposedCount, await reader.CountAsync("SELECT count(*) FROM warehouse.certification WHERE status = 'proposed'", cancellationToken));
        Assert.Equal(truth.RevocationCount, await reader.CountAsync("SELECT count(*) FROM warehouse.certification WHERE status = 'revoked'", cancellationToken));

        var rejects = await reader.QueryAsync(
            "SELECT document_url, row_number FROM ingest.rejected_record", r => $"{r.GetString(0)}#{r.GetInt32(1)}", cancellationToken);
        Assert.Equal(truth.Rejects.Select(r => $"{r.DocumentUrl}#{r.RowNumber}").Order(), rejects.Order());

        foreach (var date in truth.ValidCounts.Select(v => v.Date).Distinct())
        {
            var actual = (await reader.QueryAsync(
                    "SELECT region_code, valid_count FROM report.hnte_valid_count($1)", r => (Code: r.GetString(0).Trim(), Count: r.GetInt64(1)), cancellationToken, date))
                .ToDictionary(x => x.Code, x => x.Count);
            foreach (var expected in truth.ValidCounts.Where(v => v.Date == date))
            {
                Assert.True(
                    actual.GetValueOrDefault(expected.RegionCode) == expected.Count,
                    $"valid HNTE on {date} in {expected.RegionCode}: expected {expected.Count}, warehouse says {actual.GetValueOrDefault(expected.RegionCode)}");
            }
        }
    }
}
