using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>The upserts behind <see cref="TechContractLoader"/>: contracts keyed by registration number, parties as enterprises.</summary>
public static class TechContractSpecs
{
    private static readonly string EnterpriseJoins =
        EnterpriseMatchSql.Join("ms", "s.seller_uscc", "s.seller_uscc_published", "s.seller_name_key", "s.seller_div") +
        EnterpriseMatchSql.Join("mb", "s.buyer_uscc", "s.buyer_uscc_published", "s.buyer_name_key", "s.buyer_div");

    public static UpsertTableSpec<TechContractRecord> Contract(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.tech_contract",
        SourceJoins = EnterpriseJoins,
        Columns =
        [
            new("registration_no", NpgsqlDbType.Text, r => r.RegistrationNo, Role.Key),
            new("project_name", NpgsqlDbType.Text, r => r.ProjectName, Role.Compared),
            new("contract_type", NpgsqlDbType.Text, r => r.ContractType, Role.Compared),
            new("contract_subtype", NpgsqlDbType.Text, r => r.ContractSubtype, Role.Compared),
            new("reporting_bucket", NpgsqlDbType.Text, r => r.ReportingBucket, Role.Compared),
            new("contract_amount", NpgsqlDbType.Numeric, r => r.ContractAmount, Role.Compared),
            new("tech_trade_amount", NpgsqlDbType.Numeric, r => r.TechTradeAmount, Role.Compared),
            new("signed_on", NpgsqlDbType.Date, r => r.SignedOn, Role.Compared),
            new("registered_on", NpgsqlDbType.Date, r => r.RegisteredOn, Role.Compared),
            new("tech_field", NpgsqlDbType.Text, r => r.TechField, Role.Compared),
            new("seller_uscc", NpgsqlDbType.Text, r => r.Seller.Uscc, Role.StageOnly),
            .. EnterpriseMatchSql.Columns<TechContractRecord>("ms", "seller_"),
            new("seller_name", NpgsqlDbType.Text, r => r.Seller.Name, Role.Compared),
            new("seller_name_key", NpgsqlDbType.Text, r => r.Seller.NameKey, Role.Compared),
            new("seller_uscc_published", NpgsqlDbType.Text, r => r.Seller.UsccPublished, Role.Compared),
            new("seller_uscc_quality", NpgsqlDbType.Text, r => r.Seller.UsccQuality, Role.Compared),
            new("seller_div", NpgsqlDbType.Text, r => r.Seller.RegionCode, Role.Compared),
            new("buyer_uscc", NpgsqlDbType.Text, r => r.Buyer.Uscc, Role.StageOnly),
            .. EnterpriseMatchSql.Columns<TechContractRecord>("mb", "buyer_"),
            new("buyer_name", NpgsqlDbType.Text, r => r.Buyer.Name, Role.Compared),
            new("buyer_name_key", NpgsqlDbType.Text, r => r.Buyer.NameKey, Role.Compared),
            new("buyer_uscc_published", NpgsqlDbType.Text, r => r.Buyer.UsccPublished, Role.Compared),
            new("buyer_uscc_quality", NpgsqlDbType.Text, r => r.Buyer.UsccQuality, Role.Compared),
            new("buyer_div", NpgsqlDbType.Text, r => r.Buyer.RegionCode, Role.Compared),
            new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Touched),
            new("document_url", NpgsqlDbType.Text, r => r.DocumentUrl, Role.Touched),
            new("row_number", NpgsqlDbType.Integer, r => r.RowNumber, Role.Touched),
            new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Touched),
            new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
            new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
        ],
    };

    /// <summary>
    /// Stages parties under the column names <see cref="CertificationSpecs.Enterprise"/> and the name-history
    /// statement read, so enterprises merge by the same rules whichever source names them.
    /// </summary>
    internal static UpsertTableSpec<TechContractPartyRow> Party(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.enterprise",
        Columns =
        [
            new("uscc", NpgsqlDbType.Text, p => p.Uscc, Role.Key),
            new("enterprise_name", NpgsqlDbType.Text, p => p.Name, Role.Compared),
            new("name_key", NpgsqlDbType.Text, p => p.NameKey, Role.Compared),
            new("region_code", NpgsqlDbType.Text, p => p.RegionCode, Role.Compared),
            new("published_on", NpgsqlDbType.Date, p => p.PublishedOn, Role.Compared),
            new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Touched),
            new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Touched),
        ],
    };

}
