using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>The upserts behind <see cref="LoanLoader"/>: loans are staged once; enterprises merge from the same stage.</summary>
public static class LoanSpecs
{
    private static readonly string EnterpriseJoins =
        EnterpriseMatchSql.Join("m", "s.uscc", "s.uscc_published", "s.name_key", "s.region_code");

    private const string ChinaDate = "(s.updated_at AT TIME ZONE 'Asia/Shanghai')::date";

    /// <summary>
    /// A loan's row is its latest version: an older version (an earlier export re-read) never overwrites a newer one,
    /// and lineage and last_seen_at change only with the state.
    /// </summary>
    public static UpsertTableSpec<LoanRecord> Loan(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.loan",
        SourceJoins = EnterpriseJoins,
        DedupeOrder = "s.updated_at DESC, s._seq DESC",
        UpdateGuard = "EXCLUDED.updated_at >= t.updated_at",
        Columns =
        [
            new("loan_no", NpgsqlDbType.Text, r => r.LoanNo, Role.Key),
            new("uscc", NpgsqlDbType.Text, r => r.Uscc, Role.StageOnly),
            .. EnterpriseMatchSql.Columns<LoanRecord>("m"),
            new("enterprise_name", NpgsqlDbType.Text, r => r.EnterpriseName, Role.Compared),
            new("name_key", NpgsqlDbType.Text, r => r.NameKey, Role.Compared),
            new("uscc_published", NpgsqlDbType.Text, r => r.UsccPublished, Role.Compared),
            new("uscc_quality", NpgsqlDbType.Text, r => r.UsccQuality, Role.Compared),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Compared),
            new("score", NpgsqlDbType.Numeric, r => r.Score, Role.Compared),
            new("grade", NpgsqlDbType.Text, r => r.Grade, Role.Compared),
            new("bank", NpgsqlDbType.Text, r => r.Bank, Role.Compared),
            new("branch", NpgsqlDbType.Text, r => r.Branch, Role.Compared),
            new("guarantee_mode", NpgsqlDbType.Text, r => r.GuaranteeMode, Role.Compared),
            new("guarantor", NpgsqlDbType.Text, r => r.Guarantor, Role.Compared),
            new("contract_no", NpgsqlDbType.Text, r => r.ContractNo, Role.Compared),
            new("amount_yuan", NpgsqlDbType.Numeric, r => r.AmountYuan, Role.Compared),
            new("disbursed_on", NpgsqlDbType.Date, r => r.DisbursedOn, Role.Compared),
            new("matures_on", NpgsqlDbType.Date, r => r.MaturesOn, Role.Compared),
            new("rate", NpgsqlDbType.Numeric, r => r.Rate, Role.Compared),
            new("status", NpgsqlDbType.Text, r => r.Status, Role.Compared),
            new("status_changed_on", NpgsqlDbType.Date, r => r.StatusChangedOn, Role.Compared),
            new("npl_on", NpgsqlDbType.Date, r => r.NplOn, Role.Compared),
            new("compensation_claimed_yuan", NpgsqlDbType.Numeric, r => r.CompensationClaimedYuan, Role.Compared),
            new("compensation_paid_yuan", NpgsqlDbType.Numeric, r => r.CompensationPaidYuan, Role.Compared),
            new("updated_at", NpgsqlDbType.TimestampTz, r => r.UpdatedAt, Role.Compared),
            new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Touched),
            new("document_url", NpgsqlDbType.Text, r => r.DocumentUrl, Role.Touched),
            new("row_number", NpgsqlDbType.Integer, r => r.RowNumber, Role.Touched),
            new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Touched),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };

    /// <summary>Merges borrowers with a valid USCC into the enterprises, named as their latest loan version.</summary>
    public static UpsertTableSpec<LoanRecord> Enterprise { get; } = new()
    {
        TargetTable = "warehouse.enterprise",
        NotesTouchedEnterprises = true,
        SourceFilter = "s.uscc IS NOT NULL",
        DedupeOrder = $"{ChinaDate} DESC, s.enterprise_name DESC, s.updated_at DESC, s._seq DESC",
        UpdateGuard = CertificationSpecs.LatestNameGuard,
        Columns =
        [
            new("uscc", NpgsqlDbType.Text, null, Role.Key, "s.uscc"),
            new("name", NpgsqlDbType.Text, null, Role.Compared, "s.enterprise_name"),
            new("name_key", NpgsqlDbType.Text, null, Role.Compared, "s.name_key"),
            new("region_code", NpgsqlDbType.Text, null, Role.Compared, "s.region_code"),
            new("name_published_on", NpgsqlDbType.Date, null, Role.Compared, ChinaDate),
            new("source_id", NpgsqlDbType.Text, null, Role.Touched, "s.source_id"),
            new("last_sync_run_id", NpgsqlDbType.Bigint, null, Role.Touched, "s.sync_run_id"),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };
}
