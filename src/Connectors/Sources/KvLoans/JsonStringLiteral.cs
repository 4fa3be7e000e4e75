using System.Globalization;
using System.Text;
using System.Text.Json;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// Reads a JSON string even when an escape names a lone surrogate (<c>"\uD800"</c>), which
/// <see cref="JsonElement.GetString"/> refuses: the value keeps the lone surrogate, and normalization drops it
/// (<c>StorableText</c>), so one such field costs nothing but that character instead of the whole page.
/// </summary>
internal static class JsonStringLiteral
{
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Decode(value.GetRawText());
        }
    }

    private static string Decode(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case 'u':
                    builder.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                default:
                    builder.Append(escape);
                    break;
            }
        }

        return builder.ToString();
    }
}
