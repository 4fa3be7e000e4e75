using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Normalization.Contracts;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>Reads, checks and loads one registration month of the technology market.</summary>
internal sealed class MarketMonthReader(DocumentFetcher fetcher, MarketResultParser parser, MarketContractsOptions settings, ISyncSession session)
{
    /// <summary>The newest registration date of the contracts this reader loaded; null before any.</summary>
    public DateOnly? LatestRegisteredOn { get; private set; }

    /// <summary>Returns the month's page count when it was read and loaded, null when every page was unchanged.</summary>
    public async Task<int?> SyncAsync(string month, int knownPages, CancellationToken cancellationToken)
    {
        if (knownPages > 0 && await AllUnchangedAsync(month, knownPages, cancellationToken))
        {
            return null;
        }

        var firstUrl = PageUrl(month, 1);
        var first = await FetchAsync(firstUrl, cancellationToken);
        var firstPage = Parse(first, firstUrl, 1, cancellationToken);
        var documents = new List<FetchedDocument> { first };
        var rows = new List<RawRecord>(firstPage.Rows);
        var pages = Math.Min(Math.Max(firstPage.Pages, 1), settings.MaxPagesPerMonth);
        for (var page = 2; page <= pages; page++)
        {
            var url = PageUrl(month, page);
            var document = await FetchAsync(url, cancellationToken);
            rows.AddRange(Parse(document, url, page, cancellationToken).Rows);
            documents.Add(document);
        }

        if (rows.Count != firstPage.Total)
        {
            throw new MarketCounterMismatchException(firstUrl, rows.Count, firstPage.Total, pages);
        }

        var normalized = session.Counters.Time(SyncStage.Normalize, () => TechContractNormalizer.Normalize(rows));
        await session.LoadAsync(firstUrl, normalized.Records, normalized.Rejects, cancellationToken);
        if (normalized.Records.Count > 0)
        {
            var latest = normalized.Records.Max(r => r.RegisteredOn);
            LatestRegisteredOn = LatestRegisteredOn is { } known && known > latest ? known : latest;
        }

        foreach (var document in documents)
        {
            await session.CommitDocumentAsync(document, cancellationToken);
        }

        return pages;
    }

    private async Task<bool> AllUnchangedAsync(string month, int pages, CancellationToken cancellationToken)
    {
        for (var page = 1; page <= pages; page++)
        {
            var url = PageUrl(month, page);
            var cached = await session.FindCachedAsync(url, cancellationToken);
            if (cached is null)
            {
                return false;
            }

            var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached, cancellationToken));
            if (!document.NotModified && document.ContentHash != cached.ContentHash)
            {
                return false;
            }

            session.Counters.DocumentUnchanged();
        }

        return true;
    }

    private async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var document = await session.Counters.TimeAsync(SyncStage.Fetch, () => fetcher.FetchAsync(url, cached: null, cancellationToken));
        session.Counters.DocumentFetched();
        return document;
    }

    private MarketResultPage Parse(FetchedDocument document, Uri url, int expectedPage, CancellationToken cancellationToken)
    {
        var page = session.Counters.Time(SyncStage.Parse, () => parser.Parse(CharsetDecoder.Decode(document, settings.Charset).Text, url, null, cancellationToken));
        if (page.Page != expectedPage)
        {
            throw new LayoutChangedException(url.AbsoluteUri, $"the counter shows page {page.Page}, expected page {expectedPage}");
        }

        session.Counters.DocumentParsed(page.Rows.Count);
        return page;
    }

    private Uri PageUrl(string month, int page) => MarketQueryUrl.Of(settings.BaseUrl!, settings.QueryPath, month, page);
}
