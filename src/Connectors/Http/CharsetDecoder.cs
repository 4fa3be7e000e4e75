using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Turns page bytes into text: BOM, then the HTTP charset, then a &lt;meta&gt; declaration, then a
/// UTF-8 validity check with GB18030 as the fallback; a declaration the bytes contradict loses to the bytes.
/// GB2312 and GBK labels decode as GB18030, their superset.
/// </summary>
public static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 { get; } = GetGb18030();

    public static DecodedText Decode(ReadOnlySpan<byte> body, string? headerCharset, string? overrideCharset = null)
    {
        var (encoding, preamble) = Detect(body, headerCharset, overrideCharset);
        return new DecodedText(encoding.GetString(body[preamble..]), encoding.WebName);
    }

    /// <summary><see cref="Decode(ReadOnlySpan{byte}, string?, string?)"/> of a fetched document; bytes valid in no charset tried fail it naming its URL.</summary>
    public static DecodedText Decode(FetchedDocument document, string? overrideCharset)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body;
        var (encoding, preamble) = Detect(document, overrideCharset);
        return new DecodedText(encoding.GetString(body.AsSpan(preamble)), encoding.WebName);
    }

    /// <summary>The charset of a fetched document, in memory or spooled; bytes valid in no charset tried fail it naming its URL.</summary>
    public static (Encoding Encoding, int Preamble) Detect(FetchedDocument document, string? overrideCharset)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return document.Spooled is { } spooled
                ? Detect(spooled, document.HeaderCharset, overrideCharset)
                : Detect(document.Body, document.HeaderCharset, overrideCharset);
        }
        catch (UndecodableTextException ex)
        {
            throw new SourceFetchException(document.Url, ex.Message, ex);
        }
    }

    /// <summary>The charset of <paramref name="body"/> and the length of the byte-order mark to skip, without decoding it.</summary>
    /// <exception cref="UndecodableTextException">The bytes are valid in none of the declared charset, UTF-8 and GB18030.</exception>
    public static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> body, string? headerCharset, string? overrideCharset = null)
    {
        if (!string.IsNullOrWhiteSpace(overrideCharset))
        {
            var forced = Resolve(overrideCharset) ?? throw new ArgumentException($"Unknown charset '{overrideCharset}'.", nameof(overrideCharset));
            return (forced, 0);
        }

        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            var preamble = Encoding.UTF8.Preamble.Length;
            return Utf8.IsValid(body[preamble..])
                ? (Encoding.UTF8, preamble)
                : throw new UndecodableTextException(["UTF-8 (byte-order mark)"], preamble + StrictDecoding.FirstInvalid(Encoding.UTF8, body[preamble..]));
        }

        // Portals mislabel pages both ways (a GB2312 meta on a UTF-8 page, a UTF-8 header in front of GBK bytes):
        // valid multi-byte UTF-8 is never what real GBK text looks like, so the bytes outrank the label. A label the
        // bytes are not valid in loses too: decoding by it would store mojibake.
        var label = DeclaredLabel(headerCharset, body);
        var declared = Resolve(label);
        var isUtf8 = Utf8.IsValid(body);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(IsNonAscii(body) && isUtf8)
            && StrictDecoding.FirstInvalid(declared, body) < 0)
        {
            return (declared, 0);
        }

        if (isUtf8)
        {
            return (Encoding.UTF8, 0);
        }

        var invalid = Gb18030Validity.FirstInvalid(body, final: true, out _);
        return invalid < 0 ? (Gb18030, 0) : throw new UndecodableTextException(Tried(label, declared), invalid);
    }

    /// <summary>
    /// <see cref="Detect(ReadOnlySpan{byte}, string?, string?)"/> for a spooled body: the BOM and the meta declaration
    /// are read from the file's head; the validity checks go through the file in windows, so the answer is the one the
    /// bytes in memory would give.
    /// </summary>
    public static (Encoding Encoding, int Preamble) Detect(SpooledBody body, string? headerCharset, string? overrideCharset = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!string.IsNullOrWhiteSpace(overrideCharset))
        {
            return Detect([], headerCharset, overrideCharset);
        }

        using var handle = File.OpenHandle(body.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var head = new byte[(int)Math.Min(body.Length, 4096)];
        RandomAccess.Read(handle, head, 0);
        if (head.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            var preamble = Encoding.UTF8.Preamble.Length;
            var bad = StrictDecoding.FirstInvalid(Encoding.UTF8, handle, preamble, body.Length - preamble);
            return bad < 0 ? (Encoding.UTF8, preamble) : throw new UndecodableTextException(["UTF-8 (byte-order mark)"], preamble + bad);
        }

        var label = DeclaredLabel(headerCharset, head);
        var declared = Resolve(label);
        var (isUtf8, nonAscii) = Utf8Scan.Of(handle, body.Length);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(nonAscii && isUtf8)
            && StrictDecoding.FirstInvalid(declared, handle, 0, body.Length) < 0)
        {
            return (declared, 0);
        }

        if (isUtf8)
        {
            return (Encoding.UTF8, 0);
        }

        var invalid = StrictDecoding.FirstInvalid(Gb18030, handle, 0, body.Length);
        return invalid < 0 ? (Gb18030, 0) : throw new UndecodableTextException(Tried(label, declared), invalid);
    }

    private static string? DeclaredLabel(string? headerCharset, ReadOnlySpan<byte> head) =>
        Resolve(headerCharset) is not null ? headerCharset!.Trim().Trim('"', '\'') : SniffMetaCharset(head);

    private static string[] Tried(string? label, Encoding? declared) => declared is null || declared.CodePage == Encoding.UTF8.CodePage
        ? ["UTF-8", "GB18030"]
        : [declared.CodePage == Gb18030.CodePage ? $"{label} (declared, read as GB18030)" : $"{label} (declared)", "UTF-8", "GB18030"];

    private static bool IsNonAscii(ReadOnlySpan<byte> body) => body.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn")
        {
            return Gb18030;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> body)
    {
        // Meta declarations are ASCII and sit in the head: reading the first 4 KB as Latin-1 is safe.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
