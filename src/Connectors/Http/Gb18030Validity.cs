namespace YuanlingTech.Connectors.Http;

/// <summary>
/// Whether bytes are well-formed GB18030 (GB2312 and GBK are subsets): ASCII, a lead byte 0x81–0xFE with a trail byte
/// 0x40–0x7E or 0x80–0xFE, or four bytes lead, 0x30–0x39, 0x81–0xFE, 0x30–0x39. Checked structurally, without
/// decoding, so the check costs little next to the parse.
/// </summary>
internal static class Gb18030Validity
{
    /// <summary>
    /// The offset of the first byte that starts no valid sequence, or -1; <paramref name="consumed"/> is where an
    /// unfinished sequence at the end begins (it may continue in the next window unless <paramref name="final"/>).
    /// </summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes, bool final, out int consumed)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var lead = bytes[at];
            if (lead < 0x80)
            {
                var ascii = bytes[at..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                at = ascii < 0 ? bytes.Length : at + ascii;
                continue;
            }

            // The common case first, in this loop: a two-byte character (Chinese text is mostly these).
            if (lead is not (0x80 or 0xFF) && at + 1 < bytes.Length && bytes[at + 1] is >= 0x40 and not 0x7F and not 0xFF)
            {
                at += 2;
                continue;
            }

            var length = lead is 0x80 or 0xFF ? 0 : SequenceLength(bytes[at..]);
            if (length <= 0)
            {
                consumed = at;
                return length == 0 || final ? at : -1;
            }

            at += length;
        }

        consumed = at;
        return -1;
    }

    // 2 or 4 for a valid sequence, 0 for an invalid one, -1 when the bytes end before the sequence can be judged.
    private static int SequenceLength(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2)
        {
            return -1;
        }

        var second = bytes[1];
        if (second is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFE))
        {
            return 2;
        }

        if (second is < 0x30 or > 0x39)
        {
            return 0;
        }

        if (bytes.Length < 4)
        {
            return bytes.Length == 3 && bytes[2] is < 0x81 or 0xFF ? 0 : -1;
        }

        return bytes[2] is >= 0x81 and <= 0xFE && bytes[3] is >= 0x30 and <= 0x39 ? 4 : 0;
    }
}
