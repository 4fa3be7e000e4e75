namespace YuanlingTech.Storage.Loading;

/// <summary>Fact rows a load inserted, updated, or found unchanged.</summary>
public sealed record LoadResult(int Inserted, int Updated, int Unchanged);
