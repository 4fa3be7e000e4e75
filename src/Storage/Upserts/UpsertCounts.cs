namespace YuanlingTech.Storage.Upserts;

/// <summary>
/// What one merge did: distinct keys offered, rows inserted, rows updated (the rest were unchanged), and staged rows
/// that did not become one of the offered keys (repeats of a key, or rows the spec's filter leaves out).
/// </summary>
public sealed record UpsertCounts(int Staged, int Inserted, int Updated, int Duplicates = 0)
{
    public int Unchanged => Staged - Inserted - Updated;
}
