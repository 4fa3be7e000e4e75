

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>A file linked from an article body.</summary>
/// <param name="Text">Link text (or its title attribute when the text is empty).</param>
/// <param name="Url">Absolute URL of the file.</param>
/// <param name="Extension">Lower-case extension without the dot, e.g. <c>xlsx</c>.</param>
public sealed record Attachment(string Text, Uri Url, string Extension);
