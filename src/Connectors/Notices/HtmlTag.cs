namespace YuanlingTech.Connectors.Notices;

/// <summary>A start or end tag found in HTML source: its lower-case name (empty for tags no caller looks at) and where it starts and ends.</summary>
internal readonly record struct HtmlTag(string Name, bool IsEnd, int Start, int End);
