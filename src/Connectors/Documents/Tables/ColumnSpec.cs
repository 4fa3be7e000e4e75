
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>One canonical column: its id, the header texts that mean it, and whether a list must have it.</summary>
public sealed record ColumnSpec(string Id, IReadOnlyList<string> Aliases, bool Required = false);
