using System.Globalization;
using System.Net;
using System.Text;
using YuanlingTech.Evaluation.Reports;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Dashboard;

/// <summary>One target's trend as inline SVG (no script): actual (solid) against the pace (dashed) by month end.</summary>
public static class TrendChartSvg
{
    private const int Width = 340;
    private const int Height = 170;
    private const int Left = 70;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 40;
    private const string ActualColour = "#337ab7";
    private const string ExpectedColour = "#999";
    private static readonly decimal[] NiceFactors = [1m, 1.2m, 1.6m, 2m, 3m, 4m, 5m, 6m, 8m, 10m];
    private static readonly int[] MonthTicks = [1, 3, 6, 9, 12];

    public static string Render(TargetTrend trend, string title, TargetPageLabels labels, string language)
    {
        var metric = MetricCatalog.Find(trend.MetricId);
        var unit = metric?.Unit ?? MetricUnit.Count;
        var countWord = metric?.CountWord ?? "家";
        var top = Math.Max(trend.Expected.Max(), trend.Actual.Max() ?? 0m);
        top = NiceCeiling(top * 1.05m, unit);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"trend\" id=\"trend-{Encode(trend.MetricId)}\" data-metric=\"{Encode(trend.MetricId)}\" style=\"display:inline-block;margin:0 16px 16px 0;vertical-align:top\">");
        svg.Append(CultureInfo.InvariantCulture, $"<figcaption><strong>{Encode(title)}</strong></figcaption>");
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(title)}\" style=\"font-size:11px;font-family:sans-serif\">");
        foreach (var level in new[] { 0m, top / 2, top })
        {
            var y = Y(level, top);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\" fill=\"#666\">{Encode(MetricFormat.Format(level, unit, language, countWord))}</text>");
        }

        foreach (var month in MonthTicks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(month)}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\" fill=\"#666\">{month}{(language == "en" ? "" : "月")}</text>");
        }

        var expectedPoints = string.Join(' ', trend.Expected.Select((v, i) => Point(i + 1, v, top)));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trend-expected\" fill=\"none\" stroke=\"{ExpectedColour}\" stroke-width=\"2\" stroke-dasharray=\"5 3\" points=\"{expectedPoints}\"/>");
        var actual = trend.Actual.Select((v, i) => (Month: i + 1, Value: v)).Where(p => p.Value is not null).ToList();
        var actualPoints = string.Join(' ', actual.Select(p => Point(p.Month, p.Value!.Value, top)));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trend-actual\" fill=\"none\" stroke=\"{ActualColour}\" stroke-width=\"2.5\" points=\"{actualPoints}\"/>");
        foreach (var (month, value) in actual)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(month)}\" cy=\"{Y(value!.Value, top)}\" r=\"2.5\" fill=\"{ActualColour}\"><title>{month}: {Encode(MetricFormat.Format(value.Value, unit, language, countWord))}</title></circle>");
        }

        var legendY = Height - 8;
        var expectedLabel = trend.ExpectedIsTarget ? labels.TargetHeader : labels.ExpectedHeader;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + 18}\" y1=\"{legendY - 4}\" y2=\"{legendY - 4}\" stroke=\"{ActualColour}\" stroke-width=\"2.5\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 22}\" y=\"{legendY}\" fill=\"#333\">{Encode(labels.ActualHeader)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left + 110}\" x2=\"{Left + 128}\" y1=\"{legendY - 4}\" y2=\"{legendY - 4}\" stroke=\"{ExpectedColour}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 132}\" y=\"{legendY}\" fill=\"#333\">{Encode(expectedLabel)}</text>");
        svg.Append("</svg></figure>");
        return svg.ToString();
    }

    /// <summary>
    /// The smallest round figure (1, 1.2, 1.6, 2, 3, 4, 5, 6, 8 × 10ⁿ) at or above the value, so the axis' top and middle
    /// read as round figures; for counts an even one, so the middle is a whole number too.
    /// </summary>
    private static decimal NiceCeiling(decimal value, MetricUnit unit)
    {
        if (value <= 0)
        {
            return unit == MetricUnit.Count ? 2m : 1m;
        }

        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        while (power > value)
        {
            power /= 10;
        }

        return NiceFactors.Select(f => f * power).Append(20 * power).First(v => v >= value && (unit != MetricUnit.Count || v % 2 == 0));
    }

    private static string Point(int month, decimal value, decimal top) =>
        string.Create(CultureInfo.InvariantCulture, $"{X(month)},{Y(value, top)}");

    private static string X(int month) => (Left + ((month - 1) * (Width - Left - Right) / 11.0)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Y(decimal value, decimal top) =>
        ((double)Top + ((double)(Height - Top - Bottom) * (1 - (double)(Math.Max(0m, value) / top)))).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
