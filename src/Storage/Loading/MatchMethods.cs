namespace YuanlingTech.Storage.Loading;

/// <summary>
/// How a fact found its enterprise (<c>match_method</c> of every fact table, written by <c>warehouse.match_enterprise</c>):
/// the check constraints, the data-quality checks and the relinking SQL are built from these lists.
/// </summary>
public static class MatchMethods
{
    public const string Uscc = "uscc";
    public const string UsccRepaired = "uscc_repaired";
    public const string Name = "name";
    public const string FormerName = "former_name";
    public const string Ambiguous = "ambiguous";
    public const string None = "none";

    /// <summary>The methods that link by USCC, as a SQL list: <c>('uscc', 'uscc_repaired')</c>.</summary>
    public const string ByUsccSql = $"('{Uscc}', '{UsccRepaired}')";

    /// <summary>The methods that leave a fact unlinked, as a SQL list: <c>('ambiguous', 'none')</c>.</summary>
    public const string UnlinkedSql = $"('{Ambiguous}', '{None}')";

    public static IReadOnlyList<string> All { get; } = [Uscc, UsccRepaired, Name, FormerName, Ambiguous, None];
}
