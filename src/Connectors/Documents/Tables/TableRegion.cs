
namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Where an innermost table (one holding no other table) sits in HTML source: from its &lt;table&gt; tag to the end
/// of its &lt;/table&gt; (or to where the HTML parser closes it), with the start of each of its &lt;tr&gt; tags.
/// <see cref="Splittable"/> is false when its rows cannot be read piece by piece in source order (a tfoot,
/// a thead after the first row, svg or math content). <see cref="HasLinks"/> is true when it holds an a, iframe or
/// embed tag (a link to an attachment, perhaps).
/// </summary>
internal sealed record TableRegion(int Start, int End, IReadOnlyList<int> RowStarts, bool Splittable, bool HasLinks = false)
{
    public int Length => End - Start;
}
