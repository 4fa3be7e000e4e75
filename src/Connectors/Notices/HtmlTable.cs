namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// A table as rows of cleaned cell texts. A cell spanning several columns or rows is repeated in every
/// position it covers, so each row has one entry per grid column.
/// </summary>
public sealed record HtmlTable(IReadOnlyList<IReadOnlyList<string>> Rows);
