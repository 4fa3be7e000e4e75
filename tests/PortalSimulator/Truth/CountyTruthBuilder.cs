using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Sources.KvLoans;
using YuanlingTech.PortalSimulator.Sources.Manual;
using YuanlingTech.PortalSimulator.Sources.MarketContracts;

namespace YuanlingTech.PortalSimulator.Truth;

/// <summary>Derives <see cref="CountyTruth"/> from the other truths and the published lists (nothing is copied from the plans' constants).</summary>
internal static class CountyTruthBuilder
{
    public static CountyTruth Build(Province province, GroundTruth truth, Func<int, CountyManualYear> manual)
    {
        var county = province.Pool.CountyCode;
        var asOf = truth.AsOf;
        var certificates = truth.Hnte.Certificates.Where(c => c.RegionCode == county).ToList();
        var applicants = province.Articles
            .Where(a => a.Kind == ArticleKind.Proposed && !a.LayoutChanged)
            .SelectMany(a => a.Rows.Where(r => !r.IsDuplicate && r.RejectReason is null && r.Firm.RegionCode == county)
                .Select(r => (a.PublishedOn.Year, r.Firm.Uscc)))
            .Distinct()
            .ToLookup(x => x.Year);
        var techSme = truth.Source<TechSmeTruth>(TechSmeTruth.SourceId);
        var market = truth.Source<MarketContractsTruth>(MarketContractsModule.SourceId);
        var loans = truth.Source<KvLoansTruth>(KvLoansModule.SourceId);
        var years = new List<CountyYearTruth>();
        for (var year = 2019; year <= asOf.Year; year++)
        {
            var yearEnd = new DateOnly(year, 12, 31) < asOf ? new DateOnly(year, 12, 31) : asOf;
            var contracts = market.Amount(year, county);
            var files = manual(year);
            years.Add(new CountyYearTruth(
                year,
                certificates.Count(c => c.IsValidOn(yearEnd)),
                applicants[year].Count(),
                certificates.Count(c => c.IssueDate.Year == year),
                techSme.Records.Count(r => r.Year == year && r.Status == "recognized" && r.RegionCode == county),
                contracts.CombinedYuan,
                contracts.TradeYuan,
                loans.GrantedYuan(year, county),
                files.PlatformsYearEnd,
                files.RdNewFirms,
                files.RdFirms,
                files.RdSpendingYuan,
                files.GdpYuan,
                files.ChallengeProjects));
        }

        return new CountyTruth(county, years, certificates);
    }
}
