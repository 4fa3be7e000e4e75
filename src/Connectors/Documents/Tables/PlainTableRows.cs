using System.Globalization;

namespace YuanlingTech.Connectors.Documents.Tables;

/// <summary>
/// Reads the rows of a table piece without building a DOM when its markup is plain: rows of cells holding text,
/// character references and formatting tags only. Anything whose meaning depends on the HTML tree-building rules
/// (comments, links, scripts, nested or foster-parented content, unknown references) makes it give up, and the
/// caller parses the piece with the HTML parser — so the grid is the DOM's either way, the fast way for lists.
/// </summary>
internal static class PlainTableRows
{
    // Tags that only format a cell's text: their text counts, the tags themselves add nothing to TextContent.
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "span", "p", "div", "font", "b", "strong", "i", "em", "u", "s", "small", "big", "sub", "sup", "center",
        "label", "br", "wbr", "nobr", "o:p",
    };

    /// <summary>The piece's rows (cells with their spans), or null when the piece is not plain.</summary>
    public static List<List<GridCell>>? TryRead(string piece)
    {
        var rows = new List<List<GridCell>>();
        List<GridCell>? row = null;
        var text = new System.Text.StringBuilder();
        (int ColSpan, int RowSpan)? cell = null;
        var tables = 0;

        void CloseCell()
        {
            if (cell is { } open)
            {
                row!.Add(new GridCell(CellText.Clean(text.ToString()), open.ColSpan, open.RowSpan));
                text.Clear();
                cell = null;
            }
        }

        var i = 0;
        while (i < piece.Length)
        {
            var c = piece[i];
            if (c == '\0')
            {
                return null;
            }

            if (c == '&')
            {
                if (cell is null || !TryReference(piece, ref i, text))
                {
                    return null;
                }

                continue;
            }

            if (c != '<')
            {
                if (cell is not null)
                {
                    text.Append(c);
                }
                else if (!IsSpace(c))
                {
                    return null;
                }

                i++;
                continue;
            }

            if (!TryTag(piece, ref i, out var name, out var closing, out var colSpan, out var rowSpan))
            {
                return null;
            }

            switch (name)
            {
                case "table" when !closing && tables == 0 && row is null:
                    tables = 1;
                    break;
                case "table" when closing:
                    CloseCell();
                    return piece.AsSpan(i).ContainsAnyExcept(" \t\n\r\f") ? null : rows;
                // The DOM lists a table's thead rows first wherever the thead stands: only a leading one is plain.
                case "thead" when cell is null && (closing || rows.Count == 0):
                case "tbody" when cell is null:
                    break;
                case "tr" when !closing:
                    CloseCell();
                    row = [];
                    rows.Add(row);
                    break;
                case "tr":
                    CloseCell();
                    row = null;
                    break;
                case "td" or "th" when !closing && row is not null:
                    CloseCell();
                    cell = (colSpan, rowSpan);
                    break;
                case "td" or "th" when closing && cell is not null:
                    CloseCell();
                    break;
                default:
                    if (cell is null || !Formatting.Contains(name))
                    {
                        return null;
                    }

                    break;
            }
        }

        CloseCell();
        return tables == 1 ? rows : null;
    }

    // At '<': reads one tag (name lower-cased, the spans of a cell) and moves past its '>'.
    private static bool TryTag(string s, ref int i, out string name, out bool closing, out int colSpan, out int rowSpan)
    {
        name = string.Empty;
        colSpan = rowSpan = 1;
        var at = i + 1;
        closing = at < s.Length && s[at] == '/';
        if (closing)
        {
            at++;
        }

        var start = at;
        while (at < s.Length && (char.IsAsciiLetterOrDigit(s[at]) || s[at] == ':'))
        {
            at++;
        }

        if (at == start || !char.IsAsciiLetter(s[start]) || at >= s.Length || !(IsSpace(s[at]) || s[at] is '/' or '>'))
        {
            return false;
        }

        name = s[start..at].ToLowerInvariant();
        string? colSpanText = null, rowSpanText = null;
        while (true)
        {
            while (at < s.Length && (IsSpace(s[at]) || s[at] == '/'))
            {
                at++;
            }

            if (at >= s.Length)
            {
                return false;
            }

            if (s[at] == '>')
            {
                i = at + 1;
                break;
            }

            var attributeStart = at;
            while (at < s.Length && s[at] is not ('=' or '>' or '/') && !IsSpace(s[at]))
            {
                at++;
            }

            var attribute = s[attributeStart..at];
            while (at < s.Length && IsSpace(s[at]))
            {
                at++;
            }

            var value = string.Empty;
            if (at < s.Length && s[at] == '=')
            {
                at++;
                while (at < s.Length && IsSpace(s[at]))
                {
                    at++;
                }

                if (!TryValue(s, ref at, out value))
                {
                    return false;
                }
            }

            // The HTML parser keeps an attribute's first occurrence; references in values are left to it.
            if (attribute.Contains('<') || attribute.Contains('"') || attribute.Contains('\'') || value.Contains('&'))
            {
                return false;
            }

            if (attribute.Equals("colspan", StringComparison.OrdinalIgnoreCase))
            {
                colSpanText ??= value;
            }
            else if (attribute.Equals("rowspan", StringComparison.OrdinalIgnoreCase))
            {
                rowSpanText ??= value;
            }
        }

        if (closing && (colSpanText is not null || rowSpanText is not null))
        {
            return false;
        }

        colSpan = TableGridBuilder.Span(colSpanText);
        rowSpan = TableGridBuilder.Span(rowSpanText);
        return true;
    }

    private static bool TryValue(string s, ref int at, out string value)
    {
        value = string.Empty;
        if (at >= s.Length)
        {
            return false;
        }

        if (s[at] is '"' or '\'')
        {
            var end = s.IndexOf(s[at], at + 1);
            if (end < 0)
            {
                return false;
            }

            value = s[(at + 1)..end];
            at = end + 1;
            return true;
        }

        var start = at;
        while (at < s.Length && s[at] != '>' && !IsSpace(s[at]))
        {
            at++;
        }

        value = s[start..at];
        return value.IndexOfAny(['"', '\'', '<', '=', '`']) < 0;
    }

    // HTML's own whitespace: other spaces (U+00A0, U+3000) are text, also between cells.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    // At '&': a lone '&' before a space, or one of the few references lists use; any other (or one without its ';')
    // is left to the HTML parser.
    private static bool TryReference(string s, ref int i, System.Text.StringBuilder text)
    {
        if (i + 1 < s.Length && IsSpace(s[i + 1]))
        {
            text.Append('&');
            i++;
            return true;
        }

        var end = s.IndexOf(';', i + 1, Math.Min(12, s.Length - i - 1));
        if (end < 0)
        {
            return false;
        }

        var body = s.AsSpan(i + 1, end - i - 1);
        var decoded = body switch
        {
            "nbsp" => "\u00A0",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => Numeric(body),
        };
        if (decoded is null)
        {
            return false;
        }

        text.Append(decoded);
        i = end + 1;
        return true;
    }

    private static string? Numeric(ReadOnlySpan<char> body)
    {
        if (body.Length < 2 || body[0] != '#')
        {
            return null;
        }

        var hex = body[1] is 'x' or 'X';
        var digits = body[(hex ? 2 : 1)..];
        var parsed = hex
            ? int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        // NUL, C1 controls (remapped as windows-1252 by HTML), surrogates and out-of-range values have special rules.
        if (!parsed || code is 0 or (>= 0x80 and <= 0x9F) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
        {
            return null;
        }

        return char.ConvertFromUtf32(code);
    }
}
