using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>
/// What two warehouses loaded from the same simulator must share: every row of the HNTE tables without surrogate keys,
/// run ids and timestamps (those differ between databases by nature). Which enterprise a fact links to is left out: it
/// can depend on the order documents were loaded in (see docs/reliability.md).
/// </summary>
public static class WarehouseContent
{
    private static readonly string[] Tables = ["warehouse.enterprise", "warehouse.enterprise_name", "warehouse.certification", "ingest.rejected_record"];

    public static async Task<Dictionary<string, string>> DigestAsync(WarehouseReader reader, CancellationToken cancellationToken)
    {
        var digests = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            digests[table] = (await reader.QueryAsync(
                $"""
                SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                  SELECT (SELECT jsonb_object_agg(key, value) FROM jsonb_each(to_jsonb(x))
                          WHERE key <> 'id' AND key NOT LIKE '%\_at' AND (key NOT LIKE '%\_id' OR key = 'source_id'))::text AS t
                  FROM {table} x) rows
                """,
                r => r.GetString(0),
                cancellationToken)).Single();
        }

        // Ids depend on load order, so links are compared by what they point at: each fact's and former name's enterprise USCC.
        digests["links"] = (await reader.QueryAsync(
            """
            SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
              SELECT 'c:' || c.natural_key || '>' || coalesce(e.uscc, '-') AS t
              FROM warehouse.certification c LEFT JOIN warehouse.enterprise e ON e.id = c.enterprise_id
              UNION ALL
              SELECT 'n:' || n.name || '>' || e.uscc
              FROM warehouse.enterprise_name n JOIN warehouse.enterprise e ON e.id = n.enterprise_id) links
            """,
            r => r.GetString(0),
            cancellationToken)).Single();
        return digests;
    }

    /// <summary>Published rows stored more than once: (document, row) of facts and rejects, USCCs of enterprises.</summary>
    public static Task<long> DoubledRowsAsync(WarehouseReader reader, CancellationToken cancellationToken) => reader.CountAsync(
        """
        SELECT (SELECT count(*) - count(DISTINCT (source_id, document_url, row_number, status)) FROM warehouse.certification)
             + (SELECT count(*) - count(DISTINCT (source_id, document_url, row_number)) FROM ingest.rejected_record)
             + (SELECT count(uscc) - count(DISTINCT uscc) FROM warehouse.enterprise)
        """,
        cancellationToken);

    /// <summary>Fact and reject rows per document, keyed by the document's path (the simulator's port differs between runs).</summary>
    public static async Task<Dictionary<string, long>> RowsPerDocumentAsync(WarehouseReader reader, CancellationToken cancellationToken) =>
        (await reader.QueryAsync(
            """
            SELECT document_url, count(*) FROM (
              SELECT document_url FROM warehouse.certification
              UNION ALL SELECT document_url FROM ingest.rejected_record) x
            GROUP BY document_url
            """,
            r => (Path: new Uri(r.GetString(0)).PathAndQuery, Rows: r.GetInt64(1)),
            cancellationToken)).ToDictionary(x => x.Path, x => x.Rows);

    /// <summary>Identities of the stored fact rows, to show none committed before a crash is lost after it.</summary>
    public static Task<List<string>> FactKeysAsync(WarehouseReader reader, CancellationToken cancellationToken) => reader.QueryAsync(
        "SELECT document_url || '#' || row_number || ':' || status FROM warehouse.certification",
        r => r.GetString(0),
        cancellationToken);
}
