using System.Globalization;

namespace YuanlingTech.Targets.Metrics;

/// <summary>
/// Figures as the bureau writes them: money in 亿元 from 1 亿 up, else in 万元; counts as whole numbers with their
/// measure word; percentages with two decimals.
/// </summary>
public static class MetricFormat
{
    private const decimal Yi = 100_000_000m;
    private const decimal Wan = 10_000m;

    public static string Format(decimal value, MetricDefinition metric, string language = "zh") =>
        Format(value, metric.Unit, language, metric.CountWord);

    public static string Format(decimal value, MetricUnit unit, string language = "zh", string countWord = "家")
    {
        var en = language == "en";
        switch (unit)
        {
            case MetricUnit.Count:
                return Whole(value).ToString("#,0", CultureInfo.InvariantCulture) + (en ? "" : " " + countWord);
            case MetricUnit.Percent:
                return value.ToString("0.00", CultureInfo.InvariantCulture) + " %";
        }

        if (Math.Abs(value) >= Yi)
        {
            return (value / Yi).ToString("#,0.####", CultureInfo.InvariantCulture) + (en ? " hundred million yuan" : " 亿元");
        }

        return (value / Wan).ToString("#,0.##", CultureInfo.InvariantCulture) + (en ? " × 10k yuan" : " 万元");
    }

    /// <summary>The exact value underneath, in yuan or units.</summary>
    public static string Exact(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Yuan => value.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元",
        MetricUnit.Percent => value.ToString("0.####", CultureInfo.InvariantCulture) + " %",
        _ => Whole(value).ToString("#,0", CultureInfo.InvariantCulture),
    };

    /// <summary>A count as a whole number (expected-to-date and projections of counts are fractional before rounding).</summary>
    public static decimal Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
