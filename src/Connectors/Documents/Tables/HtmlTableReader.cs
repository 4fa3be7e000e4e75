using AngleSharp.Html.Dom;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Turns an HTML table into a grid of cleaned texts, repeating colspan/rowspan cells in every
/// position they cover (Word-pasted tables put a spanning title row above the header).
/// </summary>
public static class HtmlTableReader
{
    public static HtmlTable Read(IHtmlTableElement table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);

        var grid = new TableGridBuilder();
        var rows = 0;
        foreach (var row in table.Rows)
        {
            if (++rows % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            grid.Add(row);
        }

        return grid.ToTable();
    }
}
