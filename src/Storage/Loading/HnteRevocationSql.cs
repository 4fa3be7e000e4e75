namespace YuanlingTech.Storage.Loading;

/// <summary>
/// HNTE revocations whose notice names a certificate but dates the revocation (1 January of its 取消年度) before that
/// certificate's issue: <c>report.hnte_certificate</c> still revokes the certificate, from
/// min(notice day, max(stated day, issue date)) — the notice and the certificate lists disagree, and a person should
/// look at the notice.
/// </summary>
public static class HnteRevocationSql
{
    private const string Columns = """
        x.id, x.certificate_no, x.document_url AS notice_url, x.row_number, x.published_on AS notice_on,
        x.revoked_from AS stated_from, coalesce(c.valid_from, c.issue_date) AS issued_on,
        least(x.published_on, coalesce(c.valid_from, c.issue_date)) AS effective_from
        """;

    private const string Certificate = """
        JOIN warehouse.certification c
          ON c.certificate_no = x.certificate_no AND c.kind = x.kind AND c.status = 'recognized'
         AND x.revoked_from < coalesce(c.valid_from, c.issue_date)
        """;

    /// <summary>The offending revocation rows: id, certificate number, notice URL and row, and the dates involved.</summary>
    public const string BeforeIssue = $"""
        SELECT {Columns}
        FROM warehouse.certification x
        {Certificate}
        WHERE x.kind = 'hnte' AND x.status = 'revoked'
        """;

    /// <summary>
    /// <see cref="BeforeIssue"/> for the certificate numbers of one staged load (revocations or certificates), so each
    /// disagreement is reported by the load that makes it, whichever of the two lists comes first. One index lookup per
    /// staged number (a lateral join), not a scan of every certification per load.
    /// </summary>
    public static string BeforeIssueAmong(string staging) => $"""
        SELECT p.*
        FROM (SELECT DISTINCT certificate_no, kind FROM {staging} WHERE kind = 'hnte' AND certificate_no IS NOT NULL) s
        CROSS JOIN LATERAL (
            SELECT {Columns}
            FROM warehouse.certification x
            {Certificate}
            WHERE x.certificate_no = s.certificate_no AND x.kind = s.kind AND x.status = 'revoked') p
        ORDER BY p.certificate_no, p.id
        """;
}
