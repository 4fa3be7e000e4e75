using System.Text.Json;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Loans;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// xlsx mode: reads the export index, then every month file oldest first; a file unchanged since the last
/// run (304 or same hash) is skipped. A file that fails is reported after the others are loaded.
/// </summary>
internal sealed class LoanExportReader(DocumentFetcher fetcher, KvLoansOptions options)
{
    public async Task<IReadOnlyList<string>> RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var indexUrl = options.ExportIndexUrl!;
        var index = await fetcher.FetchAsync(indexUrl, null, cancellationToken);
        session.Counters.DocumentFetched();
        var files = ParseIndex(index.Body, indexUrl);
        session.ReportProgress($"{files.Count} monthly export file(s) listed");

        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                await LoadFileAsync(file, session, cancellationToken);
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
            {
                problems.Add(ex.Message);
            }
        }

        return problems;
    }

    private async Task LoadFileAsync(Uri url, ISyncSession session, CancellationToken cancellationToken)
    {
        var cached = await session.FindCachedAsync(url, cancellationToken);
        var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached, cancellationToken));
        if (document.NotModified || document.ContentHash == cached?.ContentHash)
        {
            session.Counters.DocumentUnchanged();
            return;
        }

        session.Counters.DocumentFetched();
        var records = session.Counters.Time(SyncStage.Parse, () => LoanExportFile.Read(document.Body, url, options.Xlsx, cancellationToken));
        session.Counters.DocumentParsed(records.Count);
        var normalized = session.Counters.Time(SyncStage.Normalize, () => LoanRecordNormalizer.Normalize(records));
        await session.LoadAsync(url, normalized.Records, normalized.Rejects, cancellationToken);
        await session.CommitDocumentAsync(document, cancellationToken);
    }

    /// <summary><c>{ "files": [ { "month": "2025-03", "url": "2025-03.xlsx" }, … ] }</c>, URLs relative to the index.</summary>
    private static List<Uri> ParseIndex(byte[] body, Uri indexUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                throw new LayoutChangedException(indexUrl.AbsoluteUri, "the export index has no 'files' array");
            }

            return files.EnumerateArray()
                .Select(f => (Month: f.TryGetProperty("month", out var m) ? m.GetString() ?? string.Empty : string.Empty,
                              Url: f.TryGetProperty("url", out var u) ? u.GetString() : null))
                .Select(f => f.Url is null
                    ? throw new LayoutChangedException(indexUrl.AbsoluteUri, $"export file '{f.Month}' has no 'url'")
                    : (f.Month, Url: new Uri(indexUrl, f.Url)))
                .OrderBy(f => f.Month, StringComparer.Ordinal)
                .Select(f => f.Url)
                .ToList();
        }
        catch (JsonException ex)
        {
            throw new LayoutChangedException(indexUrl.AbsoluteUri, $"the export index is not JSON ({ex.Message})");
        }
    }
}
