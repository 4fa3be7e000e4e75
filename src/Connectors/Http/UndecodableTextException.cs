namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Bytes that are valid in none of the charsets tried (the declared one, UTF-8, GB18030): decoding them anyway would
/// store mojibake, so the document is refused instead. The message says which charsets and where the bytes fail.
/// </summary>
public sealed class UndecodableTextException : FormatException
{
    public UndecodableTextException()
    {
    }

    public UndecodableTextException(string message)
        : base(message)
    {
    }

    public UndecodableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UndecodableTextException(IEnumerable<string> tried, long offset)
        : base($"the bytes are valid in none of {string.Join(", ", tried)} (the first invalid byte at offset {offset}); refused rather than stored as mojibake")
    {
    }
}
