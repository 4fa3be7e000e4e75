using AngleSharp.Dom;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>Finds files (xlsx, xls, pdf, doc…) linked from an article body and makes their URLs absolute.</summary>
public static class AttachmentFinder
{
    internal const string LinkSelector = "a[href], iframe[src], embed[src]";

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "xlsx", "xls", "et", "csv", "pdf", "doc", "docx", "wps", "ofd", "zip", "rar", "7z",
    };

    public static IReadOnlyList<Attachment> Find(IElement body, Uri articleUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(articleUrl);

        return Distinct(body.QuerySelectorAll(LinkSelector).Select(element => Linked(element, articleUrl)));
    }

    /// <summary>The file an element links to, or null when it links to no file.</summary>
    internal static Attachment? Linked(IElement element, Uri articleUrl)
    {
        var reference = element.GetAttribute("href") ?? element.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(reference)
            || !Uri.TryCreate(articleUrl, reference.Trim(), out var url)
            || ExtensionOf(url) is not { } extension)
        {
            return null;
        }

        var text = CellText.Clean(element.TextContent);
        if (text.Length == 0)
        {
            text = CellText.Clean(element.GetAttribute("title") ?? Path.GetFileName(url.AbsolutePath));
        }

        return new Attachment(text, url, extension);
    }

    /// <summary>Keeps the first attachment of each URL, in order.</summary>
    internal static IReadOnlyList<Attachment> Distinct(IEnumerable<Attachment?> found)
    {
        var attachments = new List<Attachment>();
        var seen = new HashSet<Uri>();
        foreach (var attachment in found)
        {
            if (attachment is not null && seen.Add(attachment.Url))
            {
                attachments.Add(attachment);
            }
        }

        return attachments;
    }

    private static string? ExtensionOf(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath).TrimStart('.');
        return FileExtensions.Contains(extension) ? extension.ToLowerInvariant() : null;
    }
}
