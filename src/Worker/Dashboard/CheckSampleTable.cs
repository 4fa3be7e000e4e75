using System.Net;
using System.Text;
using System.Text.Json;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The offending rows a check stored (a JSON array of objects, or <c>{"error": …}</c> when its query failed) as a small
/// HTML table, every name and value encoded.
/// </summary>
public static class CheckSampleTable
{
    public static string Html(string? sample)
    {
        if (string.IsNullOrWhiteSpace(sample))
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(sample);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => Table(document.RootElement),
                JsonValueKind.Object when document.RootElement.TryGetProperty("error", out var error) =>
                    $"<span class=\"text-danger\">{Encode(Text(error))}</span>",
                _ => $"<small>{Encode(sample)}</small>",
            };
        }
        catch (JsonException)
        {
            return $"<small>{Encode(sample)}</small>";
        }
    }

    private static string Table(JsonElement rows)
    {
        var columns = rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object)
            .SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        var html = new StringBuilder("<table class=\"table table-bordered table-condensed check-sample\"><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                var value = row.TryGetProperty(column, out var cell) ? Text(cell) : string.Empty;
                html.Append("<td>").Append(Encode(value)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => "∅",
        _ => value.GetRawText(),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
