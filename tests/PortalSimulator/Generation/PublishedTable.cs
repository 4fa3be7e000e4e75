namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>A list as published: header texts and cell values (strings, or numbers in xlsx).</summary>
internal sealed class PublishedTable(TableStyle style, string? caption, IReadOnlyList<string> headers)
{
    public TableStyle Style { get; } = style;

    /// <summary>Title row above the header (colspan in HTML, first row in xlsx).</summary>
    public string? Caption { get; } = caption;

    public IReadOnlyList<string> Headers { get; } = headers;

    public List<object?[]> Rows { get; } = [];
}
