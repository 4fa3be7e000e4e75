
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// HTML source as the tag scanner and the table readers see it: positions, ASCII look-ups and decoded slices.
/// Implemented over a decoded string and over the page bytes, so a large page need not be held as one string.
/// </summary>
internal interface IHtmlSource
{
    int Length { get; }

    /// <summary>The character at <paramref name="index"/>; any non-ASCII unit reads as U+FFFD.</summary>
    char this[int index] { get; }

    int IndexOf(char value, int from);

    /// <summary>Ordinal search for ASCII <paramref name="value"/>.</summary>
    int IndexOf(string value, int from);

    /// <summary>ASCII case-insensitive search for ASCII <paramref name="value"/>.</summary>
    int IndexOfIgnoreCase(string value, int from);

    /// <summary>Whether the source holds ASCII <paramref name="value"/> at <paramref name="at"/>.</summary>
    bool At(int at, string value);

    /// <summary>The name of the <paramref name="length"/> units at <paramref name="start"/> when it is one of <paramref name="names"/>.</summary>
    string? Name(int start, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names);

    /// <summary>The decoded text of a slice; slices start and end at ASCII characters of the markup.</summary>
    string Text(int start, int length);
}
