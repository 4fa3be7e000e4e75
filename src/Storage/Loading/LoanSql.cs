namespace YuanlingTech.Storage.Loading;

/// <summary>Set-based steps of a loan load that are not plain upserts.</summary>
public static class LoanSql
{
    /// <summary>One history row per (loan, status, day it took that status); a state seen again writes nothing.</summary>
    public static string InsertStateHistory(string stagingTable) => $"""
        INSERT INTO warehouse.loan_state_history (loan_no, status, changed_on, updated_at, sync_run_id)
        SELECT DISTINCT ON (s.loan_no, s.status, s.status_changed_on)
               s.loan_no, s.status, s.status_changed_on, s.updated_at, s.sync_run_id
        FROM {stagingTable} s
        ORDER BY s.loan_no, s.status, s.status_changed_on, s.updated_at
        ON CONFLICT (loan_no, status, changed_on) DO NOTHING
        """;

    /// <summary>Links loans loaded before their enterprise existed, so load order across sources does not matter.</summary>
    public const string RelinkByName = """
        UPDATE warehouse.loan l
        SET enterprise_id = m.id, match_method = 'name'
        FROM (
            SELECT name_key, region_code, min(id) AS id
            FROM warehouse.enterprise
            GROUP BY name_key, region_code
            HAVING count(*) = 1) m
        WHERE l.enterprise_id IS NULL
          AND l.name_key = m.name_key
          AND l.region_code = m.region_code
        """;
}
