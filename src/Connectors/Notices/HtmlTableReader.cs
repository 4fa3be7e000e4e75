using AngleSharp.Html.Dom;

namespace YuanlingTech.Connectors.Notices;

/// <summary>
/// Turns an HTML table into a grid of cleaned texts, repeating colspan/rowspan cells in every
/// position they cover (Word-pasted tables put a spanning title row above the header).
/// </summary>
public static class HtmlTableReader
{
    public static HtmlTable Read(IHtmlTableElement table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var grid = new TableGridBuilder();
        foreach (var row in table.Rows)
        {
            grid.Add(row);
        }

        return grid.ToTable();
    }
}
