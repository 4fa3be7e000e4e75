
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>What the HTML tree-construction rules make of an element, as flags (<see cref="HtmlElementType.Kind"/>).</summary>
[Flags]
internal enum ElementKind
{
    Ordinary = 0,
    Void = 1,
    Special = 2,
    ScopeBoundary = 4,
    ClosesParagraph = 8,
    Heading = 16,
    Formatting = 32,
    TableSection = 64,
    MarkerScope = 128,
    ReopensFormatting = 256,
}
