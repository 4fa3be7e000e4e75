using System.Text.Encodings.Web;
using System.Text.Json;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>Prints one JSON object per line, camelCase, CJK unescaped.</summary>
public sealed class JsonLines(TextWriter writer)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public Task WriteAsync(object line) => writer.WriteLineAsync(JsonSerializer.Serialize(line, Json));

    /// <summary>A <c>record</c> line per record, then a <c>reject</c> line per reject.</summary>
    public async Task WriteResultAsync<TRecord>(IEnumerable<TRecord> records, IEnumerable<RejectedRecord> rejects)
    {
        foreach (var record in records)
        {
            await WriteAsync(new { type = "record", record });
        }

        foreach (var reject in rejects)
        {
            await WriteAsync(new { type = "reject", reject });
        }
    }
}
