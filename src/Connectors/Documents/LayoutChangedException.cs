
namespace YuanlingTech.Connectors.Documents;

/// <summary>
/// A page no longer has the table, columns or metadata an extractor relies on. The message names the
/// document URL and what was missing, so an admin can adapt the source configuration.
/// </summary>
public sealed class LayoutChangedException : Exception
{
    public LayoutChangedException()
    {
    }

    public LayoutChangedException(string message)
        : base(message)
    {
    }

    public LayoutChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LayoutChangedException(string documentUrl, string reason)
        : base($"Layout changed at {documentUrl}: {reason}")
    {
        DocumentUrl = documentUrl;
        Reason = reason;
    }

    /// <summary>The page or attachment whose layout did not match.</summary>
    public string? DocumentUrl { get; }

    /// <summary>What was missing or unexpected.</summary>
    public string? Reason { get; }
}
