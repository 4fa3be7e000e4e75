using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.Notices;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>
/// The technology market's query pages: for each registration month, page 1 and its "共 N 条 第 x/y 页"
/// counter, then the other pages; a month whose pages are all unchanged is not parsed, a month whose rows
/// do not add up to its counter is not loaded. The cursor remembers each month's page count.
/// </summary>
public sealed class MarketContractsConnector(
    SourceHttpClients httpClients,
    IOptions<MarketContractsOptions> options,
    ILogger<MarketContractsConnector> logger) : ISourceConnector
{
    public const string Id = "market-contracts";

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reader = new MarketMonthReader(httpClients.CreateFetcher(Id), new MarketResultParser(settings.TableSelector), settings, session);
        var pagesByMonth = await ReadCursorAsync(session, cancellationToken);
        var months = MarketMonths.Range(settings.StartMonth, settings.EndMonth, DateTimeOffset.UtcNow);
        var problems = new List<string>();
        var done = 0;
        foreach (var month in months)
        {
            try
            {
                var pages = await reader.SyncAsync(month, pagesByMonth.GetValueOrDefault(month), cancellationToken);
                if (pages is { } count && pagesByMonth.GetValueOrDefault(month) != count)
                {
                    pagesByMonth[month] = count;
                    await session.SetCursorAsync(JsonSerializer.Serialize(pagesByMonth), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException or MarketCounterMismatchException)
            {
                logger.LogWarning("{SourceId}: month {Month} not loaded: {Problem}", Id, month, ex.Message);
                problems.Add(ex.Message);
            }

            if (++done % 12 == 0)
            {
                session.ReportProgress($"{done}/{months.Count} months; {session.Counters}");
            }
        }

        if (problems.Count > 0)
        {
            throw new SourceRunException(Id, problems);
        }
    }

    private static async Task<SortedDictionary<string, int>> ReadCursorAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var json = await session.GetCursorAsync(cancellationToken);
        return json is null
            ? new SortedDictionary<string, int>(StringComparer.Ordinal)
            : new SortedDictionary<string, int>(JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [], StringComparer.Ordinal);
    }
}
