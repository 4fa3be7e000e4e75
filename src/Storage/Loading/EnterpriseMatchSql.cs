using NpgsqlTypes;
using YuanlingTech.Storage.Upserts;
using Role = YuanlingTech.Storage.Upserts.UpsertColumnRole;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// How facts find their enterprise: every loader joins <c>warehouse.match_enterprise</c> (exact or repaired USCC, else a
/// unique current or former name in the region — the record's region or the division in a candidate's USCC) and stores
/// its method and confidence; ambiguous names stay unlinked and surface in <c>report.enterprise_match_review</c>.
/// </summary>
public static class EnterpriseMatchSql
{
    /// <summary>A lateral join of one match per staged row, exposing <c>{alias}.enterprise_id/method/confidence</c>.</summary>
    public static string Join(string alias, string usccExpr, string usccPublishedExpr, string nameKeyExpr, string regionExpr) =>
        $"\nCROSS JOIN LATERAL warehouse.match_enterprise({usccExpr}, {usccPublishedExpr}, {nameKeyExpr}, {regionExpr}) {alias}";

    /// <summary>The enterprise id, match method and confidence columns of a fact ({prefix} = "" or "seller_"/"buyer_").</summary>
    public static UpsertColumn<T>[] Columns<T>(string alias, string prefix = "") =>
    [
        new($"{prefix}enterprise_id", NpgsqlDbType.Bigint, null, Role.Compared, $"{alias}.enterprise_id"),
        new($"{prefix}match_method", NpgsqlDbType.Text, null, Role.Compared, $"{alias}.method"),
        new($"{prefix}match_confidence", NpgsqlDbType.Numeric, null, Role.Compared, $"{alias}.confidence"),
    ];
}
