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

}
