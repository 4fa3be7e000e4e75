namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Fact rows a load inserted, updated, or found unchanged, and the records it dropped as repeats of a key already in
/// the same load (the last one wins), so a run's records reconcile: extracted = loaded + unchanged + rejected + duplicate.
/// </summary>
public sealed record LoadResult(int Inserted, int Updated, int Unchanged, int Duplicates = 0)
{
    public static LoadResult None { get; } = new(0, 0, 0);

    public LoadResult Add(LoadResult other) =>
        new(Inserted + other.Inserted, Updated + other.Updated, Unchanged + other.Unchanged, Duplicates + other.Duplicates);
}
