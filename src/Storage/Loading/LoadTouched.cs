namespace YuanlingTech.Storage.Loading;

/// <summary>
/// The enterprises one load transaction created or changed (<c>name_key</c>, <c>uscc</c>) and the names it added to
/// their history: enterprise merges with <c>NotesTouchedEnterprises</c> and <see cref="CertificationSql.UpsertNameHistory"/>
/// note them here, and <see cref="EnterpriseRelinker"/> re-matches only facts carrying one of them. A load that changes
/// no enterprise (a re-sync) re-matches nothing.
/// </summary>
public static class LoadTouched
{
    public const string Create = "CREATE TEMP TABLE IF NOT EXISTS load_touched (name_key text, uscc text) ON COMMIT DROP";

    public const string Select = "SELECT DISTINCT name_key, uscc FROM load_touched";

    public const string Drop = "DROP TABLE IF EXISTS load_touched";
}
