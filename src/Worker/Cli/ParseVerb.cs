using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.Worker.Cli.Parse;

namespace YuanlingTech.Worker.Cli;

/// <summary>
/// <c>parse --source &lt;id&gt; &lt;file-or-url&gt;</c>: shows what a saved page or file yields, as JSON lines, without a
/// database, through the extraction and normalization the sync uses. Which sources it reads and what of each comes from
/// <see cref="SourceRegistry"/>; a failure is one line naming the file or URL.
/// </summary>
public static class ParseVerb
{
    /// <summary>The reader of each source the registry says <c>parse</c> reads; a test keeps the two in step.</summary>
    public static IReadOnlyDictionary<string, Func<ParseRequest, CancellationToken, Task<int>>> Readers { get; } =
        new Dictionary<string, Func<ParseRequest, CancellationToken, Task<int>>>(StringComparer.Ordinal)
        {
            [SourceRegistry.KjtHnte] = new NoticeColumnParse(ColumnListsParse.Of(new HnteLists(null))).RunAsync,
            [SourceRegistry.KjtTechSme] = new NoticeColumnParse(ColumnListsParse.Of(new TechSmeLists())).RunAsync,
            [SourceRegistry.MarketContracts] = MarketPageParse.RunAsync,
            [SourceRegistry.KvLoans] = LoanParse.RunAsync,
            [SourceRegistry.Manual] = InboxFileParse.RunAsync,
        };

    public static async Task<int> RunAsync(CliCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        var sources = string.Join(", ", ParseHelp.Sources());
        var source = command.Get("source") ?? throw new UsageException($"parse needs --source <id> ({sources})");
        if (!Readers.TryGetValue(source, out var reader) || SourceRegistry.Find(source) is not { ParseInputs.Count: > 0 })
        {
            throw new UsageException($"parse reads --source {sources}, not '{source}'");
        }

        if (command.Arguments.Count != 1)
        {
            throw new UsageException("parse takes one file path or URL");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var input = command.Arguments[0];
        var url = Uri.TryCreate(input, UriKind.Absolute, out var given) && given.Scheme is "http" or "https"
            ? given
            : new Uri(Path.GetFullPath(input));
        try
        {
            var content = await ParseRequest.ReadAsync(http, url, cancellationToken);
            return await reader(new ParseRequest(url, content, command, new JsonLines(output), http), cancellationToken);
        }
        catch (Exception ex) when (Describe(ex, url) is { } line)
        {
            await Console.Error.WriteLineAsync(line);
            return ExitCodes.Failed;
        }
    }

    private static string? Describe(Exception exception, Uri url) => exception switch
    {
        LayoutChangedException layout => "layout changed: " + layout.Message,
        UndecodableTextException => $"parse: {url}: {exception.Message}; --charset forces one",
        HttpRequestException http => $"parse: {url}: {http.Message}",
        TaskCanceledException when exception.InnerException is TimeoutException => $"parse: {url}: no answer within 60 s",
        FormatException format => $"parse: {url}: {format.Message}",
        _ => null,
    };
}
