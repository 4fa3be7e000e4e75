
namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>What <c>parse</c> was given: the page or file (read once), its options, where to print and how to fetch linked files.</summary>
public sealed class ParseRequest(Uri url, byte[] content, CliCommand command, JsonLines output, HttpClient http)
{
    public Uri Url { get; } = url;

    public byte[] Content { get; } = content;

    public CliCommand Command { get; } = command;

    public JsonLines Output { get; } = output;

    /// <summary>The input's file name or last URL segment.</summary>
    public string FileName => Path.GetFileName(Url.LocalPath);

    public bool IsXlsx => Path.GetExtension(Url.LocalPath).ToUpperInvariant() is ".XLSX" or ".XLS";

    /// <summary>A file linked from the input: beside a saved file, or fetched for a URL.</summary>
    public Task<byte[]> ReadLinkedAsync(Uri url, CancellationToken cancellationToken) => ReadAsync(http, url, cancellationToken);

    public static async Task<byte[]> ReadAsync(HttpClient http, Uri url, CancellationToken cancellationToken) =>
        url.IsFile
            ? await File.ReadAllBytesAsync(url.LocalPath, cancellationToken)
            : await http.GetByteArrayAsync(url, cancellationToken);
}
