using System.Globalization;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>A1-style cell references (<c>C7</c>): the zero-based column of their letters and row of their digits.</summary>
internal static class CellReference
{
    private const int ExcelColumns = 16_384;

    /// <summary>
    /// The zero-based column of a reference like <c>C7</c>, or -1 when it has no letters; a column past Excel's last
    /// (<c>XFD</c>) comes back as <see cref="int.MaxValue"/> instead of overflowing.
    /// </summary>
    public static int Column(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            var letter = char.ToUpperInvariant(ch);
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (letter - 'A' + 1);
            if (column > ExcelColumns)
            {
                return int.MaxValue;
            }
        }

        return column - 1;
    }

    /// <summary>The zero-based row and column of a whole reference (letters then digits, nothing else), or false.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out long row, out int column)
    {
        row = -1;
        column = -1;
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            letters++;
        }

        if (letters == 0 || letters == reference.Length
            || !long.TryParse(reference[letters..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        column = Column(reference[..letters].ToString());
        row = number - 1;
        return true;
    }
}
