using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace YuanlingTech.PortalSimulator.Sources.HnteNational;

/// <summary>
/// PDFsharp writes a random file ID into the trailer and random font subset tags; replacing it with a hash of the rest of the file (same
/// length, so the xref offsets stay right) makes equal content give equal bytes, hence stable ETags.
/// </summary>
internal static class DeterministicId
{
    private static readonly Regex RandomTokens = new("/([A-Z]{6})\\+|uuid:([0-9a-f-]{36})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("/ID[");
    private static readonly byte[] SpacedMarker = Encoding.ASCII.GetBytes("/ID [");

    public static byte[] Apply(byte[] pdf)
    {
        FixRandomTokenss(pdf);
        var start = pdf.AsSpan().LastIndexOf(Marker);
        var markerLength = Marker.Length;
        if (start < 0)
        {
            start = pdf.AsSpan().LastIndexOf(SpacedMarker);
            markerLength = SpacedMarker.Length;
        }

        if (start < 0)
        {
            return pdf;
        }

        var end = Array.IndexOf(pdf, (byte)']', start);
        var idStart = start + markerLength;
        var digest = Convert.ToHexStringLower(SHA256.HashData(pdf.AsSpan(0, start)));
        var d = 0;
        for (var i = idStart; i < end; i++)
        {
            if (Uri.IsHexDigit((char)pdf[i]))
            {
                pdf[i] = (byte)digest[d++ % digest.Length];
            }
        }

        return pdf;
    }

    private static string UuidOf(int position) =>
        new Guid(IdBytes(position)).ToString("D");

    private static byte[] IdBytes(int position) => SHA256.HashData(BitConverter.GetBytes(position)).AsSpan(0, 16).ToArray();

    // Font subset tags (ABCDEF+Name) and XMP uuids are random per run; give them fixed names of the same length.
    private static void FixRandomTokenss(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in RandomTokens.Matches(text))
        {
            if (match.Groups[2].Success)
            {
                Encoding.ASCII.GetBytes(UuidOf(match.Index), pdf.AsSpan(match.Groups[2].Index));
                continue;
            }

            var tag = match.Groups[1].Value;
            if (!names.TryGetValue(tag, out var fixedTag))
            {
                fixedTag = "WQY" + (char)('A' + (names.Count / 676 % 26)) + (char)('A' + (names.Count / 26 % 26)) + (char)('A' + (names.Count % 26));
                names[tag] = fixedTag;
            }

            Encoding.ASCII.GetBytes(fixedTag, pdf.AsSpan(match.Groups[1].Index));
        }
    }
}
