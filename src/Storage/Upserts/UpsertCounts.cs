namespace YuanlingTech.Storage.Upserts;

/// <summary>What one merge did: distinct keys offered, rows inserted, rows updated; the rest were unchanged.</summary>
public sealed record UpsertCounts(int Staged, int Inserted, int Updated)
{
    public int Unchanged => Staged - Inserted - Updated;
}
