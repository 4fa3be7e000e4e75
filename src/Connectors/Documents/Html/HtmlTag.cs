
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>A start or end tag found in HTML source: its lower-case name, where it starts and ends, and whether it ends in "/&gt;".</summary>
internal readonly record struct HtmlTag(string Name, bool IsEnd, int Start, int End, bool SelfClosing = false);
