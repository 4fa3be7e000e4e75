namespace YuanlingTech.Connectors.Http;

/// <summary>A remote document could not be fetched; the message names the URL and what happened.</summary>
public sealed class SourceFetchException : Exception
{
    public SourceFetchException(Uri url, string problem, Exception? inner = null)
        : base($"GET {url} failed: {problem}", inner)
    {
        Url = url;
    }

    public SourceFetchException()
    {
    }

    public SourceFetchException(string message)
        : base(message)
    {
    }

    public SourceFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Uri? Url { get; }
}
