using YuanlingTech.PortalSimulator.Generation;

namespace YuanlingTech.PortalSimulator.Sources.MarketContracts;

/// <summary>
/// The technology market's registration query at <c>{base}market/query.html?month=yyyy-MM&amp;page=n</c>:
/// one timeline of contracts to the 2027-12 horizon, cut at AsOf, paged by <see cref="SimulatorOptions.PageSize"/>.
/// </summary>
internal sealed class MarketContractsModule : ISourceModule
{
    public const string SourceId = "market-contracts";
    private const int SeedOffset = 7301;

    public void Build(SourceModuleContext context)
    {
        var options = context.Options;
        var random = new Random(unchecked(options.Seed + SeedOffset));
        var pool = context.Province.Pool;
        var drafts = new MarketTimeline(random, pool, options.Scale).Draft();
        drafts.AddRange(new CountyContracts(CountyStreams.Market(options.Seed), pool).Draft());
        var all = MarketContractFactory.Build(random, drafts);
        var published = all.Where(c => c.RegisteredOn <= options.AsOf).ToList();
        var byMonth = published
            .GroupBy(c => MarketContractsTruthBuilder.MonthKey(c.Month))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        context.AddRoute(new MarketQueryRoute(byMonth, options.PageSize, options.MarketCounterMismatchMonth, options.MarkupProfile));

        var months = new List<MarketMonthTruth>();
        for (var month = new DateOnly(MarketTimeline.FirstYear, 1, 1); month <= options.AsOf; month = month.AddMonths(1))
        {
            var rows = byMonth.GetValueOrDefault(MarketContractsTruthBuilder.MonthKey(month)) ?? [];
            var accepted = rows.Count(r => r.Accepted);
            months.Add(new MarketMonthTruth(
                MarketContractsTruthBuilder.MonthKey(month), rows.Count, MarketQueryRoute.PageCount(rows.Count, options.PageSize), accepted, rows.Count - accepted));
        }

        var mismatchUrl = options.MarketCounterMismatchMonth is { } bad
            ? new Uri(context.BaseUrl, $"market/query.html?month={bad}&page=1").AbsoluteUri
            : null;
        var truth = MarketContractsTruthBuilder.Build(published, months, mismatchUrl);
        context.Truth = context.Truth with { Sources = new Dictionary<string, object>(context.Truth.Sources) { [SourceId] = truth } };
    }
}
