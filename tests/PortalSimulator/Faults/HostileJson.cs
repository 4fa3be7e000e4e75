using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>
/// The JSON side of <see cref="FaultKind.HostileValue"/>: the first item's field gets the value, written with <c>\uXXXX</c>
/// escapes for what JSON text cannot carry raw, lone surrogates included (a serializer would refuse them).
/// </summary>
internal static class HostileJson
{
    private const string Marker = "__hostile_value__";

    public static byte[]? Rewrite(byte[] body, string[] columns, Func<string, string> valueFor)
    {
        if (JsonNode.Parse(body) is not JsonObject root || root["items"] is not JsonArray { Count: > 0 } items || items[0] is not JsonObject item)
        {
            return null;
        }

        var field = columns.FirstOrDefault(item.ContainsKey);
        if (field is null)
        {
            return null;
        }

        var published = item[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : item[field]?.ToJsonString() ?? string.Empty;
        item[field] = Marker;
        var json = root.ToJsonString().Replace($"\"{Marker}\"", Literal(valueFor(published)), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (HostileValues.NeedsEscape(value, i) || c < ' ')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
