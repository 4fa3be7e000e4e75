
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>One cell of a table row as published: its cleaned text and how many columns and rows it spans.</summary>
internal readonly record struct GridCell(string Text, int ColSpan, int RowSpan);
