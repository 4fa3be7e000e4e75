using NpgsqlTypes;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>The upserts behind <see cref="InboxFileLoader"/>: R&amp;D spending, platforms, imported targets, regional GDP and 揭榜挂帅 projects.</summary>
public static class ManualSpecs
{
    public static UpsertTableSpec<RdSpendingRecord> RdSpending(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.rd_spending",
        SourceJoins = EnterpriseMatchSql.Join("m", "s.uscc", "s.uscc_published", "s.name_key", "s.region_code"),
        Columns =
        [
            new("enterprise_key", NpgsqlDbType.Text, r => r.EnterpriseKey, Role.Key),
            new("year", NpgsqlDbType.Integer, r => r.Year, Role.Key),
            new("uscc", NpgsqlDbType.Text, r => r.Uscc, Role.Compared),
            .. EnterpriseMatchSql.Columns<RdSpendingRecord>("m"),
            new("uscc_published", NpgsqlDbType.Text, r => r.UsccPublished, Role.Compared),
            new("uscc_quality", NpgsqlDbType.Text, r => r.UsccQuality, Role.Compared),
            new("enterprise_name", NpgsqlDbType.Text, r => r.EnterpriseName, Role.Compared),
            new("name_key", NpgsqlDbType.Text, r => r.NameKey, Role.Compared),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Compared),
            new("amount", NpgsqlDbType.Numeric, r => r.AmountYuan, Role.Compared),
            .. Lineage<RdSpendingRecord>(sourceId, syncRunId, r => r.DocumentUrl, r => r.RowNumber),
        ],
    };

    public static UpsertTableSpec<PlatformRecord> Platform(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.platform",
        SourceJoins = EnterpriseMatchSql.Join("m", "s.uscc", "s.uscc_published", "s.host_name_key", "s.region_code"),
        Columns =
        [
            new("name_key", NpgsqlDbType.Text, r => r.PlatformNameKey, Role.Key),
            new("host_name_key", NpgsqlDbType.Text, r => r.HostNameKey, Role.Key),
            new("name", NpgsqlDbType.Text, r => r.PlatformName, Role.Compared),
            new("level", NpgsqlDbType.Text, r => r.Level, Role.Compared),
            new("platform_type", NpgsqlDbType.Text, r => r.PlatformType, Role.Compared),
            new("host_name", NpgsqlDbType.Text, r => r.HostName, Role.Compared),
            new("uscc", NpgsqlDbType.Text, r => r.Uscc, Role.Compared),
            .. EnterpriseMatchSql.Columns<PlatformRecord>("m"),
            new("uscc_published", NpgsqlDbType.Text, r => r.UsccPublished, Role.Compared),
            new("uscc_quality", NpgsqlDbType.Text, r => r.UsccQuality, Role.Compared),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Compared),
            new("recognized_year", NpgsqlDbType.Integer, r => r.RecognizedYear, Role.Compared),
            new("status", NpgsqlDbType.Text, r => r.Status, Role.Compared),
            .. Lineage<PlatformRecord>(sourceId, syncRunId, r => r.DocumentUrl, r => r.RowNumber),
        ],
    };

    public static UpsertTableSpec<TargetImportRecord> TargetImport(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.target_import",
        Columns =
        [
            new("year", NpgsqlDbType.Integer, r => r.Year, Role.Key),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Key, "s.region_code::character(6)"),
            new("metric", NpgsqlDbType.Text, r => r.Metric, Role.Key),
            new("kind", NpgsqlDbType.Text, r => r.Kind, Role.Compared),
            new("value", NpgsqlDbType.Numeric, r => r.Value, Role.Compared),
            new("base_year", NpgsqlDbType.Integer, r => r.BaseYear, Role.Compared),
            .. Lineage<TargetImportRecord>(sourceId, syncRunId, r => r.DocumentUrl, r => r.RowNumber),
        ],
    };

    public static UpsertTableSpec<RegionalGdpRecord> RegionalGdp(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.regional_gdp",
        Columns =
        [
            new("year", NpgsqlDbType.Integer, r => r.Year, Role.Key),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Key, "s.region_code::character(6)"),
            new("gdp_yuan", NpgsqlDbType.Numeric, r => r.GdpYuan, Role.Compared),
            .. Lineage<RegionalGdpRecord>(sourceId, syncRunId, r => r.DocumentUrl, r => r.RowNumber),
        ],
    };

    public static UpsertTableSpec<ChallengeProjectRecord> ChallengeProject(string sourceId, long syncRunId) => new()
    {
        TargetTable = "warehouse.challenge_project",
        Columns =
        [
            new("name_key", NpgsqlDbType.Text, r => r.NameKey, Role.Key),
            new("region_code", NpgsqlDbType.Text, r => r.RegionCode, Role.Key, "s.region_code::character(6)"),
            new("name", NpgsqlDbType.Text, r => r.Name, Role.Compared),
            new("issuer", NpgsqlDbType.Text, r => r.Issuer, Role.Compared),
            new("published_on", NpgsqlDbType.Date, r => r.PublishedOn, Role.Compared),
            new("reward_yuan", NpgsqlDbType.Numeric, r => r.RewardYuan, Role.Compared),
            new("status", NpgsqlDbType.Text, r => r.Status, Role.Compared),
            .. Lineage<ChallengeProjectRecord>(sourceId, syncRunId, r => r.DocumentUrl, r => r.RowNumber),
        ],
    };

    private static UpsertColumn<T>[] Lineage<T>(string sourceId, long syncRunId, Func<T, object?> documentUrl, Func<T, object?> rowNumber) =>
    [
        new("source_id", NpgsqlDbType.Text, _ => sourceId, Role.Touched),
        new("document_url", NpgsqlDbType.Text, documentUrl, Role.Touched),
        new("row_number", NpgsqlDbType.Integer, rowNumber, Role.Touched),
        new("sync_run_id", NpgsqlDbType.Bigint, _ => syncRunId, Role.Touched),
        new("first_seen_at", NpgsqlDbType.TimestampTz, null, Role.InsertOnly, "now()"),
        new("last_seen_at", NpgsqlDbType.TimestampTz, null, Role.Touched, "now()"),
    ];
}
