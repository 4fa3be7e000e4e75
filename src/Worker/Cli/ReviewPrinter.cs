using System.Globalization;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Review;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Worker.Cli;

/// <summary>The year in review on the console: the paragraph, the table and, with explain, each figure's documents and rows.</summary>
public static class ReviewPrinter
{
    /// <summary>
    /// Reads and prints the review of <paramref name="year"/> for <paramref name="region"/>; a year without data and an
    /// unknown region are each one line.
    /// </summary>
    public static async Task PrintAsync(
        IServiceProvider services, int year, string region, bool explain, TextWriter output, CancellationToken cancellationToken)
    {
        var language = services.GetRequiredService<IOptions<TargetsOptions>>().Value.Language;
        var labels = ReviewLabels.For(language);
        if (HunanDivisions.Find(region) is null)
        {
            await output.WriteLineAsync(Format(labels.UnknownRegion, region));
            return;
        }

        var reviews = services.GetRequiredService<ReviewService>();
        var review = await reviews.ReviewAsync(year, region, cancellationToken);
        await WriteAsync(review, language, output);
        if (explain && review.HasData)
        {
            await WriteExplanationsAsync(await reviews.ExplainAsync(review, cancellationToken), language, output);
        }
    }

    /// <summary>The title, the paragraph and the table; one line when the year has no data.</summary>
    public static async Task WriteAsync(YearReview review, string language, TextWriter output)
    {
        var labels = ReviewLabels.For(language);
        if (!review.HasData)
        {
            await output.WriteLineAsync(Format(labels.NoData, review.Year, review.RegionName, review.RegionCode));
            return;
        }

        await output.WriteLineAsync($"── {Format(labels.Title, review.Year, review.RegionName, review.RegionCode)} ──");
        if (ReviewParagraph.Build(review) is { } paragraph)
        {
            await output.WriteLineAsync(paragraph);
        }

        await output.WriteLineAsync();
        var rows = review.Figures.Select(f => ReviewTable.Cells(f, language)).Prepend(ReviewTable.Headers(review.Year, labels)).ToList();
        var widths = Enumerable.Range(0, rows[0].Count).Select(i => rows.Max(r => Width(r[i]))).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd());
        }

        foreach (var figure in review.Figures.Where(f => f.Unavailable is not null))
        {
            await output.WriteLineAsync($"{labels.Unavailable}{labels.Colon}{figure.Metric.Id} — {figure.Unavailable}");
        }
    }

    /// <summary>Per figure: each document's URL, its row numbers as ranges and its number of rows.</summary>
    public static async Task WriteExplanationsAsync(IReadOnlyList<ReviewExplanation> explanations, string language, TextWriter output)
    {
        var labels = ReviewLabels.For(language);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"── {labels.Sources} ──");
        foreach (var explanation in explanations)
        {
            var figure = explanation.Figure;
            var label = language == "en" ? figure.Metric.LabelEn : figure.Metric.LabelZh;
            var value = figure.Value is { } v ? ReviewFormat.Figure(v, figure.Metric) : labels.Unavailable;
            await output.WriteLineAsync($"{label} ({figure.Metric.Id}) = {value}");
            if (explanation.Unavailable is { } reason)
            {
                await output.WriteLineAsync($"  {labels.Unavailable}{labels.Colon}{reason}");
                continue;
            }

            if (explanation.Documents.Count == 0)
            {
                await output.WriteLineAsync($"  {labels.NoRows}");
                continue;
            }

            foreach (var document in explanation.Documents)
            {
                await output.WriteLineAsync(
                    $"  {document.DocumentUrl}  {labels.Rows} {RowRanges.Compress(document.RowNumbers)} ({Format("{0}", document.RowCount)} {labels.Rows})");
            }

            await output.WriteLineAsync("  " + Format(labels.Total, explanation.Documents.Count, explanation.RowCount));
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    // CJK characters take two columns in a terminal.
    private static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
