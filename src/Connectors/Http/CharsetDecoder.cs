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

    /// <summary>The charset of <paramref name="body"/> and the length of the byte-order mark to skip, without decoding it.</summary>
    public static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> body, string? headerCharset, string? overrideCharset = null)
    {
        if (!string.IsNullOrWhiteSpace(overrideCharset))
        {
            var forced = Resolve(overrideCharset) ?? throw new ArgumentException($"Unknown charset '{overrideCharset}'.", nameof(overrideCharset));
            return (forced, 0);
        }

        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            return (Encoding.UTF8, Encoding.UTF8.Preamble.Length);
        }

        // Portals mislabel pages both ways (a GB2312 meta on a UTF-8 page, a UTF-8 header in front of GBK bytes):
        // valid multi-byte UTF-8 is never what real GBK text looks like, so the bytes outrank the label.
        var declared = Resolve(headerCharset) ?? Resolve(SniffMetaCharset(body));
        var isUtf8 = Utf8.IsValid(body);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(IsNonAscii(body) && isUtf8))
        {
            return (declared, 0);
        }

        return isUtf8 ? (Encoding.UTF8, 0) : (Gb18030, 0);
    }

    /// <summary>
    /// <see cref="Detect(ReadOnlySpan{byte}, string?, string?)"/> for a spooled body: the BOM and the meta declaration
    /// are read from the file's head; the UTF-8 check goes through the file in windows, so the answer is the one the
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
            return (Encoding.UTF8, Encoding.UTF8.Preamble.Length);
        }

        var declared = Resolve(headerCharset) ?? Resolve(SniffMetaCharset(head));
        var (isUtf8, nonAscii) = Utf8Scan.Of(handle, body.Length);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(nonAscii && isUtf8))
        {
            return (declared, 0);
        }

        return isUtf8 ? (Encoding.UTF8, 0) : (Gb18030, 0);
    }

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
