using AngleSharp.Dom;

namespace YuanlingTech.Connectors.Notices;

/// <summary>Finds files (xlsx, xls, pdf, doc…) linked from an article body and makes their URLs absolute.</summary>
public static class AttachmentFinder
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "xlsx", "xls", "et", "csv", "pdf", "doc", "docx", "wps", "ofd", "zip", "rar", "7z",
    };

    public static IReadOnlyList<Attachment> Find(IElement body, Uri articleUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(articleUrl);

        var attachments = new List<Attachment>();
        var seen = new HashSet<Uri>();
        foreach (var element in body.QuerySelectorAll("a[href], iframe[src], embed[src]"))
        {
            var reference = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(reference)
                || !Uri.TryCreate(articleUrl, reference.Trim(), out var url)
                || ExtensionOf(url) is not { } extension
                || !seen.Add(url))
            {
                continue;
            }

            var text = CellText.Clean(element.TextContent);
            if (text.Length == 0)
            {
                text = CellText.Clean(element.GetAttribute("title") ?? Path.GetFileName(url.AbsolutePath));
            }

            attachments.Add(new Attachment(text, url, extension));
        }

        return attachments;
    }

    private static string? ExtensionOf(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath).TrimStart('.');
        return FileExtensions.Contains(extension) ? extension.ToLowerInvariant() : null;
    }
}
