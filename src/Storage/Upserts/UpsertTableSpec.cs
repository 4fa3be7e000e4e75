namespace YuanlingTech.Storage.Upserts;

/// <summary>Describes how rows of <typeparamref name="T"/> are staged and merged into one target table.</summary>
public sealed record UpsertTableSpec<T>
{
    /// <summary>Schema-qualified target, e.g. <c>warehouse.certification</c>; must have a unique index on the key columns.</summary>
    public required string TargetTable { get; init; }

    public required IReadOnlyList<UpsertColumn<T>> Columns { get; init; }

    /// <summary>Extra FROM items after <c>stage s</c> (joins that <see cref="UpsertColumn{T}.Expression"/>s use).</summary>
    public string? SourceJoins { get; init; }

    /// <summary>Condition on staged rows that may be merged; null merges every row.</summary>
    public string? SourceFilter { get; init; }

    /// <summary>Which of several staged rows with one key wins: the first in this order. Default: the last one written.</summary>
    public string DedupeOrder { get; init; } = "s._seq DESC";

    /// <summary>Extra guard for updates over target alias <c>t</c> and <c>EXCLUDED</c>, ANDed to the change test.</summary>
    public string? UpdateGuard { get; init; }

    /// <summary>
    /// For merges into <c>warehouse.enterprise</c>: notes the <c>name_key</c> and <c>uscc</c> of every enterprise the merge
    /// created or changed in the load's <c>load_touched</c> table, so only facts that could match differently are
    /// re-matched afterwards.
    /// </summary>
    public bool NotesTouchedEnterprises { get; init; }

    public IEnumerable<UpsertColumn<T>> KeyColumns => Columns.Where(c => c.Role == UpsertColumnRole.Key);

    public IEnumerable<UpsertColumn<T>> StagedColumns => Columns.Where(c => c.IsStaged);

    public IEnumerable<UpsertColumn<T>> WrittenColumns => Columns.Where(c => c.IsWritten);
}
