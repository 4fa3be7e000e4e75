using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Concurrency;

/// <summary>
/// Digests of what two warehouses loaded from the same simulator must share whatever the load order: enterprises by USCC
/// (name, region, name history) and each fact's enterprise links, compared by the linked enterprise's USCC.
/// </summary>
public static class LinksDigest
{
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["enterprises"] = "SELECT uscc || '|' || name || '|' || coalesce(region_code, '-') FROM warehouse.enterprise",
        ["names"] = """
            SELECT e.uscc || '|' || n.name || '|' || n.first_published_on || '|' || n.last_published_on
            FROM warehouse.enterprise_name n JOIN warehouse.enterprise e ON e.id = n.enterprise_id
            """,
        ["facts"] = """
            SELECT 'c|' || c.natural_key || '|' || c.status || '|' || c.match_method || '|' || coalesce(e.uscc, '-')
            FROM warehouse.certification c LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id
            UNION ALL
            SELECT 'l|' || l.loan_no || '|' || l.match_method || '|' || coalesce(e.uscc, '-')
            FROM warehouse.loan l LEFT JOIN warehouse.enterprise e ON e.id = l.enterprise_id
            UNION ALL
            SELECT 't|' || t.registration_no || '|' || t.seller_match_method || '|' || coalesce(s.uscc, '-')
                   || '|' || t.buyer_match_method || '|' || coalesce(b.uscc, '-')
            FROM warehouse.tech_contract t
            LEFT JOIN warehouse.enterprise s ON s.id = t.seller_enterprise_id
            LEFT JOIN warehouse.enterprise b ON b.id = t.buyer_enterprise_id
            """,
    };

    public static async Task<Dictionary<string, string>> ReadAsync(WarehouseReader reader, CancellationToken cancellationToken)
    {
        var digests = new Dictionary<string, string>();
        foreach (var (name, sql) in Queries)
        {
            digests[name] = (await reader.QueryAsync(
                $"SELECT coalesce(md5(string_agg(t, '\n' ORDER BY t)), 'empty') FROM ({sql}) AS rows (t)",
                r => r.GetString(0),
                cancellationToken)).Single();
        }

        return digests;
    }
}
