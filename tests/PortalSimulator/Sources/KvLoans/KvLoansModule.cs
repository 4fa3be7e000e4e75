using System.Globalization;
using System.Text;
using System.Text.Json;
using YuanlingTech.PortalSimulator.Generation;
using YuanlingTech.PortalSimulator.Site;

namespace YuanlingTech.PortalSimulator.Sources.KvLoans;

/// <summary>
/// The knowledge-value loan platform at <c>{base}kvloan/</c>: the loans API and the monthly xlsx export,
/// both cut at AsOf from one timeline generated to the horizon.
/// </summary>
internal sealed class KvLoansModule : ISourceModule
{
    public const string SourceId = "kv-loans";
    private const string ExportPath = "/kvloan/export/";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public void Build(SourceModuleContext context)
    {
        var asOf = context.Options.AsOf;
        var pool = context.Province.Pool;
        var loans = new LoanTimeline(new Random(unchecked(context.Options.Seed + 5101)), pool, context.Options.Scale).Play();
        loans.AddRange(new CountyLoans(CountyStreams.Loans(context.Options.Seed), pool).Play());
        var current = loans
            .Select(l => l.StateOn(asOf) is { } state ? new LoanVersion(l, state) : null)
            .OfType<LoanVersion>()
            .ToList();
        current.Sort(LoanVersion.Compare);
        context.AddRoute(new LoanApiRoute(current, context.Options.KvLoanFailPage));

        var months = MonthlyVersions(loans, asOf);
        foreach (var (month, versions) in months)
        {
            var published = month.AddMonths(1) < asOf.AddDays(1) ? month.AddMonths(1) : asOf.AddDays(1);
            var stamp = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), ChinaOffset);
            context.AddResource(ExportPath + FileName(month), new SiteResource(Xlsx, stamp, () => LoanExportWriter.Write(versions)));
        }

        var indexStamp = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), ChinaOffset);
        context.AddResource(ExportPath + "index.json", new SiteResource("application/json; charset=utf-8", indexStamp, () => Index(months)));
        var truth = KvLoansTruthBuilder.Build(current, months.Select(m => m.Versions).ToList());
        context.Truth = context.Truth with { Sources = new Dictionary<string, object>(context.Truth.Sources) { [SourceId] = truth } };
    }

    /// <summary>Per month from the first grant to AsOf: each loan that changed that month, as it stood at its last change in it.</summary>
    private static List<(DateOnly Month, List<LoanVersion> Versions)> MonthlyVersions(List<SimLoan> loans, DateOnly asOf)
    {
        var first = new DateOnly(LoanTimeline.FirstYear, 1, 1);
        var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var byMonth = loans
            .SelectMany(l => l.Events.Where(e => e.Day <= asOf)
                .GroupBy(e => new DateOnly(e.Day.Year, e.Day.Month, 1))
                .Select(g => (Month: g.Key, Version: new LoanVersion(l, g.Last()))))
            .ToLookup(x => x.Month, x => x.Version);
        var months = new List<(DateOnly, List<LoanVersion>)>();
        for (var month = first; month <= lastMonth; month = month.AddMonths(1))
        {
            var versions = byMonth[month].ToList();
            versions.Sort(LoanVersion.Compare);
            months.Add((month, versions));
        }

        return months;
    }

    private static string FileName(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".xlsx";

    private static byte[] Index(List<(DateOnly Month, List<LoanVersion> Versions)> months)
    {
        var files = months.Select(m => new
        {
            month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            url = FileName(m.Month),
            rows = m.Versions.Count,
        });
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { files }));
    }
}
