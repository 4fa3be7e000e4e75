using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>
/// The technology market's query pages: for each registration month, page 1 and its "共 N 条 第 x/y 页"
/// counter, then the other pages; a month whose pages are all unchanged is not parsed, a month whose rows
/// do not add up to its counter is not loaded. The cursor remembers each month's page count and when it was
/// last read completely: closed past months are not queried again until the periodic full re-check.
/// Months are read newest first: a party's latest name and date then arrive first, so the older months that repeat it
/// leave its enterprise row alone instead of moving it forward month by month (the loaders' end state does not depend
/// on the order).
/// </summary>
public sealed class MarketContractsConnector(
    SourceHttpClients httpClients,
    IOptions<MarketContractsOptions> options,
    IOptionsMonitor<SourceOptions> sourceOptions,
    ILogger<MarketContractsConnector> logger) : ISourceConnector, IRegisteredSource
{
    public const string Id = Normalization.Sources.SourceRegistry.MarketContracts;

    public static void Register(SourceRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddSource<MarketContractsConnector, MarketContractsOptions>();
    }

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reader = new MarketMonthReader(httpClients.CreateFetcher(Id), new MarketResultParser(settings.TableSelector, sourceOptions.Get(Id).MaxHtmlDepth, settings.CounterPattern), settings, session);
        var now = DateTimeOffset.UtcNow;
        var cursor = MarketCursor.Parse(await session.GetCursorAsync(cancellationToken));
        var full = cursor.IsFullDue(now, settings.FullRecheckDays);
        var months = MarketMonths.Range(settings.StartMonth, settings.EndMonth, now).Reverse().ToList();
        var problems = new List<string>();
        var readCompletely = new List<string>();
        var (done, closed) = (0, 0);
        foreach (var month in months)
        {
            var known = cursor.Months.GetValueOrDefault(month);
            if (!full && known is not null && cursor.IsClosed(month, settings.ClosedAfterDays))
            {
                KnownDocuments.CountUnchanged(session.Counters, known.Pages);
                closed++;
                continue;
            }

            try
            {
                var pages = await reader.SyncAsync(month, known?.Pages ?? 0, cancellationToken);
                readCompletely.Add(month);
                if (pages is { } count && known?.Pages != count)
                {
                    cursor.Months[month] = new MarketMonthState(count, known?.CheckedOn);
                    await session.SetCursorAsync(cursor.ToJson(), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException or MarketCounterMismatchException)
            {
                logger.MonthNotLoaded(Id, month, ex.Message);
                problems.Add(ex.Message);
                if (known is not null)
                {
                    cursor.Months[month] = known with { CheckedOn = null };
                }
            }

            if (++done % 12 == 0)
            {
                session.ReportProgress($"{done}/{months.Count - closed} open months; {closed} closed months not queried; {session.Counters}");
            }
        }

        await session.SetCursorAsync(Checked(cursor, reader, readCompletely, full && problems.Count == 0, now).ToJson(), cancellationToken);
        session.ReportProgress($"{months.Count - closed} months queried{(full ? " (full re-check)" : "")}, {closed} closed months not queried");
        if (problems.Count > 0)
        {
            throw new SourceRunException(Id, problems);
        }
    }

    /// <summary>
    /// Stamps the months read completely in this run with the reference date after it: the portal's newest
    /// registration as this run saw it (a month read minutes earlier in the same run is as complete).
    /// </summary>
    private static MarketCursor Checked(MarketCursor cursor, MarketMonthReader reader, List<string> months, bool fullRunDone, DateTimeOffset now)
    {
        if (reader.LatestRegisteredOn is { } latest && (cursor.LatestRegisteredOn is not { } known || latest > known))
        {
            cursor.LatestRegisteredOn = latest;
        }

        var reference = cursor.ReferenceDate(now);
        foreach (var month in months)
        {
            cursor.Months[month] = cursor.Months[month] with { CheckedOn = reference };
        }

        cursor.LastFullRunAt = fullRunDone ? now : cursor.LastFullRunAt;
        return cursor;
    }
}
