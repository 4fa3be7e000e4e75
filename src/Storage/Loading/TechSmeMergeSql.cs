namespace YuanlingTech.Storage.Loading;

/// <summary>
/// The order-independent merge of staged tech-SME rows into <c>warehouse.certification</c>: a registration that is at
/// least as new as the row's registration (<c>valid_from</c>) takes over the registration fields; a removal only
/// adds its revocation; status is revoked once any removal is seen. The enterprise link and the USCC as published come
/// from the row with a valid USCC when only one of the two has one (a registration listed once with and once without
/// its USCC, <see cref="TechSmeRegistrationSql"/>), else they follow the registration fields. Rows the merge would leave as they are are left out
/// before the insert: ON CONFLICT locks (and logs) every row it meets, even one it then does not update.
/// </summary>
public static class TechSmeMergeSql
{
    private const string Compared =
        "status, certificate_no, enterprise_id, match_method, match_confidence, uscc_published, uscc_quality, enterprise_name, name_key, " +
        "region_code, batch_no, valid_from, valid_to, revoked_from, revocation_reason, published_on, document_url, row_number";

    private const string Written = "natural_key, kind, batch_year, " + Compared + ", source_id, sync_run_id";

    public static string Merge(string staging) => $"""
        WITH src AS (
            SELECT DISTINCT ON (s.natural_key) s.*,
                   m.enterprise_id, m.method AS match_method, m.confidence AS match_confidence
            FROM {staging} s
            CROSS JOIN LATERAL warehouse.match_enterprise(s.uscc, s.uscc_published, s.name_key, s.region_code) m
            ORDER BY s.natural_key, s._seq
        ), m AS (
            SELECT s.*, t.natural_key IS NOT NULL AS t_exists, t.natural_key IS NULL
                     OR (s.status <> 'revoked' AND (t.valid_from IS NULL OR s.valid_from >= t.valid_from)) AS take,
                   s.published_on >= coalesce(t.published_on, s.published_on) AS newest,
                   t.natural_key IS NULL OR CASE WHEN (s.uscc IS NOT NULL) <> (t.uscc_quality = 'valid') THEN s.uscc IS NOT NULL
                                                 ELSE s.status <> 'revoked' AND (t.valid_from IS NULL OR s.valid_from >= t.valid_from) END AS link,
                   t.status AS t_status, t.certificate_no AS t_certificate_no, t.enterprise_id AS t_enterprise_id,
                   t.match_method AS t_match_method, t.match_confidence AS t_match_confidence, t.uscc_published AS t_uscc_published, t.uscc_quality AS t_uscc_quality,
                   t.enterprise_name AS t_enterprise_name, t.name_key AS t_name_key, t.region_code AS t_region_code,
                   t.batch_no AS t_batch_no, t.valid_from AS t_valid_from, t.valid_to AS t_valid_to,
                   t.revoked_from AS t_revoked_from, t.revocation_reason AS t_revocation_reason,
                   t.published_on AS t_published_on, t.document_url AS t_document_url, t.row_number AS t_row_number
            FROM src s LEFT JOIN warehouse.certification t ON t.natural_key = s.natural_key
        ), merged AS (
            SELECT natural_key, kind, batch_year,
                   CASE WHEN s.status = 'revoked' OR t_status = 'revoked' THEN 'revoked' WHEN take THEN s.status ELSE t_status END AS status,
                   CASE WHEN take THEN coalesce(s.certificate_no, t_certificate_no) ELSE coalesce(t_certificate_no, s.certificate_no) END AS certificate_no,
                   CASE WHEN link THEN s.enterprise_id ELSE t_enterprise_id END AS enterprise_id,
                   CASE WHEN link THEN s.match_method ELSE t_match_method END AS match_method,
                   CASE WHEN link THEN s.match_confidence ELSE t_match_confidence END AS match_confidence,
                   CASE WHEN link THEN s.uscc_published ELSE t_uscc_published END AS uscc_published,
                   CASE WHEN link THEN s.uscc_quality ELSE t_uscc_quality END AS uscc_quality,
                   CASE WHEN take THEN s.enterprise_name ELSE t_enterprise_name END AS enterprise_name,
                   CASE WHEN take THEN s.name_key ELSE t_name_key END AS name_key,
                   CASE WHEN take THEN s.region_code::character(6) ELSE t_region_code END AS region_code,
                   CASE WHEN take THEN coalesce(s.batch_no, t_batch_no) ELSE coalesce(t_batch_no, s.batch_no) END AS batch_no,
                   greatest(s.valid_from, t_valid_from) AS valid_from,
                   greatest(s.valid_to, t_valid_to) AS valid_to,
                   least(s.revoked_from, t_revoked_from) AS revoked_from,
                   CASE WHEN s.revoked_from IS NOT NULL AND (t_revoked_from IS NULL OR s.revoked_from < t_revoked_from)
                        THEN s.revocation_reason ELSE coalesce(t_revocation_reason, s.revocation_reason) END AS revocation_reason,
                   greatest(s.published_on, t_published_on) AS published_on,
                   CASE WHEN newest THEN s.document_url ELSE t_document_url END AS document_url,
                   CASE WHEN newest THEN s.row_number ELSE t_row_number END AS row_number,
                   source_id, sync_run_id, t_exists, {Prefixed("t_")}
            FROM m s
        ), up AS (
            INSERT INTO warehouse.certification AS t ({Written}, first_seen_at, last_seen_at)
            SELECT {Written}, now(), now() FROM merged
            WHERE NOT t_exists OR ({Compared}) IS DISTINCT FROM ({Prefixed("t_")})
            ON CONFLICT (natural_key) DO UPDATE SET {Assignments()}, sync_run_id = EXCLUDED.sync_run_id, last_seen_at = now()
            WHERE ({Prefixed("t.")}) IS DISTINCT FROM ({Prefixed("EXCLUDED.")})
            RETURNING (xmax = 0) AS inserted
        )
        SELECT (count(*) FILTER (WHERE inserted))::int, (count(*) FILTER (WHERE NOT inserted))::int FROM up
        """;

    private static string Assignments() =>
        string.Join(", ", Compared.Split(", ").Select(c => $"{c} = EXCLUDED.{c}"));

    private static string Prefixed(string prefix) =>
        string.Join(", ", Compared.Split(", ").Select(c => prefix + c));
}
