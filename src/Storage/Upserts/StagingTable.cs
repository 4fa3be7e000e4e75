namespace YuanlingTech.Storage.Upserts;

/// <summary>A temporary table filled by <see cref="BulkUpserter.StageAsync{T}"/>; dropped at commit at the latest.</summary>
public sealed record StagingTable(string Name, long RowCount);
