using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Documents.Xlsx;

/// <summary>Text of string items (<c>si</c>, <c>is</c>) and the cleaning every string cell goes through.</summary>
internal static partial class XlsxText
{
    /// <summary>Reads the string item the reader is on (every <c>t</c>, rich-text runs included, phonetic runs not) and moves past it.</summary>
    public static string ReadItem(XmlReader reader, StringBuilder buffer)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        buffer.Clear();
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "t")
            {
                buffer.Append(reader.ReadElementContentAsString());
            }
            else if (reader.LocalName is "rPh" or "phoneticPr")
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return buffer.ToString();
    }

    /// <summary>Undoes Excel's <c>_xHHHH_</c> escapes (control characters); <c>_XHHHH_</c> stays literal.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return XmlConvert.DecodeName(UppercaseEscape().Replace(text, "_x005F_$1_"));
    }

    /// <summary><see cref="CellText.Clean"/>; empty becomes null.</summary>
    public static string? Clean(string text) => CellText.Clean(text) is { Length: > 0 } cleaned ? cleaned : null;

    [GeneratedRegex("_(X[0-9A-Fa-f]{4})_")]
    private static partial Regex UppercaseEscape();
}
