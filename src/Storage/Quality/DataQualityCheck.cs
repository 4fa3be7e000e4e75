namespace YuanlingTech.Storage.Quality;

/// <summary>
/// One declared check, dbt style: <paramref name="FailingRowsSql"/> selects the rows that break it, so an empty result
/// passes and any row is a finding at <paramref name="Severity"/>.
/// </summary>
/// <param name="Name">Stable identifier, e.g. <c>unique:warehouse.enterprise(uscc)</c>.</param>
/// <param name="Category">unique, not_null, relationship, accepted_values, range, not_future, reconciliation, freshness or entity.</param>
/// <param name="Severity">Error fails the check job; warn is reported only.</param>
/// <param name="Description">What must hold, in words an analyst can act on.</param>
/// <param name="DescriptionZh">The same in Chinese, for the dashboard's Checks page.</param>
/// <param name="FailingRowsSql">A query returning the offending rows.</param>
public sealed record DataQualityCheck(
    string Name, string Category, CheckSeverity Severity, string Description, string DescriptionZh, string FailingRowsSql);
