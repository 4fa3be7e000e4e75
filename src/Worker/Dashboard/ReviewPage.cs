using System.Globalization;
using System.Net;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Metrics;
using YuanlingTech.Worker.Jobs;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>
/// The dashboard's "Review" page (<c>/review?year=2025&amp;region=431222</c>): the year in the work summary's phrasing and
/// the table of year-end figures against the year before and the 十四五 start; links to every year with data. Without a
/// year: the last year with data before the current one.
/// </summary>
public sealed class ReviewPage : RazorPage
{
    public override void Execute()
    {
        var http = Context.GetHttpContext();
        var services = http.RequestServices;
        var language = services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language;
        var labels = ReviewLabels.For(language);
        var region = Context.Request.GetQuery("region") ?? HunanDivisions.Yuanling;
        Layout = new LayoutPage(labels.SheetName);
        if (HunanDivisions.Find(region) is null)
        {
            WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(labels.SheetName)}</h1>");
            WriteLiteral($"<div class=\"alert alert-warning\">{Encode(Format(labels.UnknownRegion, region))}</div></div></div>");
            return;
        }

        // REVIEW: Hangfire's RazorPage renders synchronously; the review's reads are async (no synchronization context
        // in ASP.NET Core, so waiting on them cannot deadlock).
        var reviews = services.GetRequiredService<ReviewService>();
        var today = EvaluateTargetsJob.ChinaToday(services.GetRequiredService<TimeProvider>());
        var year = int.TryParse(Context.Request.GetQuery("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
            ? y
            : DefaultYear(reviews.DataYearsAsync(region, http.RequestAborted).GetAwaiter().GetResult(), today.Year);
        var review = reviews.ReviewAsync(year, region, http.RequestAborted).GetAwaiter().GetResult();

        WriteLiteral($"<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">{Encode(Format(labels.Title, review.Year, review.RegionName, review.RegionCode))}</h1>");
        WriteYears(review, labels);
        if (!review.HasData)
        {
            WriteLiteral($"<div class=\"alert alert-info\">{Encode(Format(labels.NoData, review.Year, review.RegionName, review.RegionCode))}</div></div></div>");
            return;
        }

        if (ReviewParagraph.Build(review) is { } paragraph)
        {
            WriteLiteral($"<blockquote class=\"review-summary\"><p>{Encode(paragraph)}</p></blockquote>");
        }

        WriteTable(review, language, labels);
        WriteLiteral("</div></div>");
    }

    /// <summary>The last year with data before the current one, else the last year with data, else last year.</summary>
    public static int DefaultYear(IReadOnlyList<int> dataYears, int currentYear) =>
        dataYears.Where(y => y < currentYear).DefaultIfEmpty(dataYears.Count > 0 ? dataYears[^1] : currentYear - 1).Max();

    private void WriteYears(YearReview review, ReviewLabels labels)
    {
        WriteLiteral($"<p class=\"review-years\">{Encode(labels.Years + labels.Colon)}");
        foreach (var year in review.DataYears)
        {
            var href = Url.To($"/review?year={year.ToString(CultureInfo.InvariantCulture)}&region={Uri.EscapeDataString(review.RegionCode)}");
            var css = year == review.Year ? "btn-primary" : "btn-default";
            WriteLiteral($"<a class=\"btn btn-sm {css}\" href=\"{Encode(href)}\">{year.ToString(CultureInfo.InvariantCulture)}</a> ");
        }

        WriteLiteral("</p>");
    }

    private void WriteTable(YearReview review, string language, ReviewLabels labels)
    {
        WriteLiteral($"<table class=\"table table-striped\" id=\"review-{review.Year.ToString(CultureInfo.InvariantCulture)}-{Encode(review.RegionCode)}\"><thead><tr>");
        foreach (var header in ReviewTable.Headers(review.Year, labels))
        {
            WriteLiteral($"<th>{Encode(header)}</th>");
        }

        WriteLiteral("</tr></thead><tbody>");
        foreach (var figure in review.Figures)
        {
            var cells = ReviewTable.Cells(figure, language);
            WriteLiteral($"<tr data-metric=\"{Encode(figure.Metric.Id)}\">");
            for (var i = 0; i < cells.Count; i++)
            {
                var exact = (i, figure.Value, figure.Prior) switch
                {
                    (1, { } value, _) => MetricFormat.Exact(value, figure.Metric.Unit),
                    (2, _, { } prior) => MetricFormat.Exact(prior, figure.Metric.Unit),
                    _ => null,
                };
                WriteLiteral(exact is null ? $"<td>{Encode(cells[i])}</td>" : $"<td title=\"{Encode(exact)}\">{Encode(cells[i])}</td>");
            }

            WriteLiteral("</tr>");
        }

        WriteLiteral("</tbody></table>");
        foreach (var figure in review.Figures.Where(f => f.Unavailable is not null))
        {
            WriteLiteral($"<p class=\"text-muted\">{Encode(labels.Unavailable + labels.Colon)}{Encode(figure.Metric.Id)} — {Encode(figure.Unavailable!)}</p>");
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
