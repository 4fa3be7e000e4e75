using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>The upserts behind <see cref="CertificationLoader"/>: facts are staged once; enterprises merge from the same stage.</summary>
public static class CertificationSpecs
{
    private static readonly string EnterpriseJoins =
        EnterpriseMatchSql.Join("m", "s.uscc", "s.uscc_published", "s.name_key", "s.region_code");

    public static UpsertTableSpec<CertificationRecord> Certification(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.certification",
        SourceJoins = EnterpriseJoins,
        Columns =
        [
            new("natural_key", NpgsqlDbType.Text, r => r.NaturalKey, Role.Key),
            new("kind", NpgsqlDbType.Text, r => r.Kind, Role.Compared),
            new("status", NpgsqlDbType.Text, r => r.Status, Role.Compared),
            new("certificate_no", NpgsqlDbType.Text, r => r.CertificateNo, Role.Compared),
            new("uscc", NpgsqlDbType.Text, r => r.Uscc, Role.StageOnly),
            .. EnterpriseMatchSql.Columns<CertificationRecord>("m"),
            new("uscc_published", NpgsqlDbType.Text, r => r.UsccPublished, Role.Compared),
            new("uscc_quality", NpgsqlDbType.Text, r => r.UsccQuality, Role.Compared),
            new("enterprise_name", NpgsqlDbType.Text, r => r.EnterpriseName, Role.Compared),
            new("name_key", NpgsqlDbType.Text, r => r.NameKey, Role.Compared),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Compared),
            new("batch_year", NpgsqlDbType.Integer, r => r.BatchYear, Role.Compared),
            new("batch_no", NpgsqlDbType.Integer, r => r.BatchNo, Role.Compared),
            new("issue_date", NpgsqlDbType.Date, r => r.IssueDate, Role.Compared),
            new("valid_from", NpgsqlDbType.Date, r => r.ValidFrom, Role.Compared),
            new("valid_to", NpgsqlDbType.Date, r => r.ValidTo, Role.Compared),
            new("revoked_from", NpgsqlDbType.Date, r => r.RevokedFrom, Role.Compared),
            new("revocation_reason", NpgsqlDbType.Text, r => r.RevocationReason, Role.Compared),
            new("published_on", NpgsqlDbType.Date, r => r.PublishedOn, Role.Compared),
            new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Touched),
            new("document_url", NpgsqlDbType.Text, r => r.DocumentUrl, Role.Touched),
            new("row_number", NpgsqlDbType.Integer, r => r.RowNumber, Role.Touched),
            new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Touched),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };

    /// <summary>
    /// An enterprise takes the name of its latest publication (<c>name_published_on</c> also moves when a later publication
    /// repeats the name); two names published on the same day are ordered by the name itself, so the result does not
    /// depend on which source or document was loaded first.
    /// </summary>
    public const string LatestNameGuard = "(EXCLUDED.name_published_on, EXCLUDED.name) >= (t.name_published_on, t.name)";

    /// <summary>Merges enterprises from the certification stage: one per valid USCC, named as its latest publication.</summary>
    public static UpsertTableSpec<CertificationRecord> Enterprise { get; } = new()
    {
        TargetTable = "warehouse.enterprise",
        SourceFilter = "s.uscc IS NOT NULL",
        DedupeOrder = "s.published_on DESC, s.enterprise_name DESC, s._seq DESC",
        UpdateGuard = LatestNameGuard,
        NotesTouchedEnterprises = true,
        Columns =
        [
            new("uscc", NpgsqlDbType.Text, null, Role.Key, "s.uscc"),
            new("name", NpgsqlDbType.Text, null, Role.Compared, "s.enterprise_name"),
            new("name_key", NpgsqlDbType.Text, null, Role.Compared, "s.name_key"),
            new("region_code", NpgsqlDbType.Text, null, Role.Compared, "s.region_code"),
            new("name_published_on", NpgsqlDbType.Date, null, Role.Compared, "s.published_on"),
            new("source_id", NpgsqlDbType.Text, null, Role.Touched, "s.source_id"),
            new("last_sync_run_id", NpgsqlDbType.Bigint, null, Role.Touched, "s.sync_run_id"),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };
}
