using System.Text.Json;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Normalization.Loans;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// Parses one API response (<c>{ total, page, size, items: [...] }</c>) into raw loan records. Values stay
/// strings as published (numbers in their JSON text). A response without these members, or an item
/// without a field the loan needs, is a layout change naming the URL.
/// </summary>
public static class LoanApiParser
{
    private static readonly string[] RequiredItemFields =
    [
        LoanFields.LoanNo, LoanFields.EnterpriseName, LoanFields.Amount, LoanFields.DisbursedOn,
        LoanFields.MaturesOn, LoanFields.Status, LoanFields.UpdatedAt,
    ];

    public static LoanApiPage Parse(ReadOnlySpan<byte> json, string url, int firstRowNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException ex)
        {
            throw new LayoutChangedException(url, $"the response is not JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("total", out var total) || total.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new LayoutChangedException(url, "the response has no numeric 'total' and 'items' array");
            }

            var records = new List<RawRecord>(items.GetArrayLength());
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                records.Add(ReadItem(item, url, firstRowNumber + index++));
            }

            return new LoanApiPage(total.GetInt32(), Int(root, "page"), Int(root, "size"), records);
        }
    }

    private static RawRecord ReadItem(JsonElement item, string url, int rowNumber)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new LayoutChangedException(url, $"item {rowNumber} is not an object");
        }

        var missing = RequiredItemFields.Where(f => !item.TryGetProperty(f, out _)).ToList();
        if (missing.Count > 0)
        {
            throw new LayoutChangedException(url, $"item {rowNumber} has no field(s) {string.Join(", ", missing)}");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in LoanFields.All)
        {
            fields[name] = item.TryGetProperty(name, out var value) ? Text(value) : null;
        }

        return new RawRecord(url, rowNumber, fields);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonStringLiteral.Read(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static int Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
}
