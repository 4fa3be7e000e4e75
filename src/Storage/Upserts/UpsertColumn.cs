using NpgsqlTypes;

namespace YuanlingTech.Storage.Upserts;

/// <summary>One column of an upsert.</summary>
/// <param name="Name">Column name in the target (and in the staging table).</param>
/// <param name="DbType">Type used for the binary COPY and for the staging column.</param>
/// <param name="Value">Reads the staged value from a row; null when the column is computed by <paramref name="Expression"/> only.</param>
/// <param name="Role">How the column takes part in the upsert.</param>
/// <param name="Expression">SQL over the staging row (alias <c>s</c>) used instead of <c>s.Name</c> when merging.</param>
public sealed record UpsertColumn<T>(
    string Name,
    NpgsqlDbType DbType,
    Func<T, object?>? Value,
    UpsertColumnRole Role,
    string? Expression = null)
{
    public bool IsStaged => Value is not null;

    public bool IsWritten => Role != UpsertColumnRole.StageOnly;

    public string Source => Expression ?? $"s.{Name}";
}
