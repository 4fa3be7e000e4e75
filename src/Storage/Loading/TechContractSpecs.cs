using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>The upserts behind <see cref="TechContractLoader"/>: contracts keyed by registration number, parties as enterprises.</summary>
internal static class TechContractSpecs
{
    // Casts keep the comparisons on the char(n) indexes; a name match counts only when it is unambiguous.
    private const string EnterpriseJoins = """
        LEFT JOIN warehouse.enterprise su ON su.uscc = s.seller_uscc::character(18)
        LEFT JOIN LATERAL (
            SELECT min(e.id) AS id FROM warehouse.enterprise e
            WHERE e.name_key = s.seller_name_key AND e.region_code = s.seller_div::character(6)
            HAVING count(*) = 1) sn ON su.id IS NULL
        LEFT JOIN warehouse.enterprise bu ON bu.uscc = s.buyer_uscc::character(18)
        LEFT JOIN LATERAL (
            SELECT min(e.id) AS id FROM warehouse.enterprise e
            WHERE e.name_key = s.buyer_name_key AND e.region_code = s.buyer_div::character(6)
            HAVING count(*) = 1) bn ON bu.id IS NULL
        """;

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
            new("seller_enterprise_id", NpgsqlDbType.Bigint, null, Role.Compared, "coalesce(su.id, sn.id)"),
            new("seller_match_method", NpgsqlDbType.Text, null, Role.Compared,
                "CASE WHEN su.id IS NOT NULL THEN 'uscc' WHEN sn.id IS NOT NULL THEN 'name' ELSE 'none' END"),
            new("seller_name", NpgsqlDbType.Text, r => r.Seller.Name, Role.Compared),
            new("seller_name_key", NpgsqlDbType.Text, r => r.Seller.NameKey, Role.Compared),
            new("seller_uscc_published", NpgsqlDbType.Text, r => r.Seller.UsccPublished, Role.Compared),
            new("seller_uscc_quality", NpgsqlDbType.Text, r => r.Seller.UsccQuality, Role.Compared),
            new("seller_div", NpgsqlDbType.Text, r => r.Seller.RegionCode, Role.Compared),
            new("buyer_uscc", NpgsqlDbType.Text, r => r.Buyer.Uscc, Role.StageOnly),
            new("buyer_enterprise_id", NpgsqlDbType.Bigint, null, Role.Compared, "coalesce(bu.id, bn.id)"),
            new("buyer_match_method", NpgsqlDbType.Text, null, Role.Compared,
                "CASE WHEN bu.id IS NOT NULL THEN 'uscc' WHEN bn.id IS NOT NULL THEN 'name' ELSE 'none' END"),
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
    public static UpsertTableSpec<TechContractPartyRow> Party(string sourceId, long syncRunId) => new()
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

    /// <summary>Links sides loaded before their enterprise existed, so load order does not matter ({0} = seller or buyer).</summary>
    public static string RelinkByName(string side) => $"""
        UPDATE warehouse.tech_contract c
        SET {side}_enterprise_id = m.id, {side}_match_method = 'name'
        FROM (
            SELECT name_key, region_code, min(id) AS id
            FROM warehouse.enterprise
            GROUP BY name_key, region_code
            HAVING count(*) = 1) m
        WHERE c.{side}_enterprise_id IS NULL
          AND c.{side}_name_key = m.name_key
          AND c.{side}_div = m.region_code
        """;
}
