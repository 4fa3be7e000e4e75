using System.Globalization;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Evaluation.Review;

/// <summary>
/// Figures as the work summary writes them: money in 亿元 to 0.1 from 1 亿 up (14.5亿元), else in whole 万元
/// (3100万元); counts whole with their measure word (223家); R&amp;D intensity with two decimals (1.52%); no space
/// before the unit. Changes carry their sign; percentages in the table have one decimal.
/// </summary>
public static class ReviewFormat
{
    private const decimal Yi = 100_000_000m;
    private const decimal Wan = 10_000m;

    /// <summary>A year-end figure: counts whole, money in 亿元/万元, intensity in percent.</summary>
    public static string Figure(decimal value, MetricDefinition metric) => metric.Unit switch
    {
        MetricUnit.Count => Number(MetricFormat.Whole(value), "0") + metric.CountWord,
        MetricUnit.Yuan => Money(value),
        _ => Number(value, "0.00") + "%",
    };

    /// <summary>A level that may be a mean of counts (the 十四五 opening level, 38.5家): one decimal when not whole.</summary>
    public static string Level(decimal value, MetricDefinition metric) =>
        metric.Unit == MetricUnit.Count ? Number(Math.Round(value, 1, MidpointRounding.AwayFromZero), "0.#") + metric.CountWord : Figure(value, metric);

    /// <summary>Money as the summary writes it: 14.5亿元, 3100万元 (below 1 万元: 0.35万元).</summary>
    public static string Money(decimal yuan)
    {
        var wan = Math.Round(yuan / Wan, 0, MidpointRounding.AwayFromZero);
        if (Math.Abs(wan) >= Yi / Wan)
        {
            return Number(Math.Round(yuan / Yi, 1, MidpointRounding.AwayFromZero), "0.#") + "亿元";
        }

        return Math.Abs(yuan) >= Wan || yuan == 0
            ? Number(wan, "0") + "万元"
            : Number(Math.Round(yuan / Wan, 2, MidpointRounding.AwayFromZero), "0.##") + "万元";
    }

    /// <summary>A change with its sign: +25家, -300万元, +0.25个百分点 (intensity changes in percentage points).</summary>
    public static string Change(decimal delta, MetricDefinition metric)
    {
        var sign = delta > 0 ? "+" : delta < 0 ? "-" : "";
        var size = Math.Abs(delta);
        return sign + (metric.Unit == MetricUnit.Percent ? Number(size, "0.00") + "个百分点" : Level(size, metric));
    }

    /// <summary>A percentage change in the table: +479.2%; — without a base.</summary>
    public static string TablePercent(decimal? percent) =>
        percent is { } p ? (p > 0 ? "+" : "") + Number(Math.Round(p, 1, MidpointRounding.AwayFromZero), "0.0") + "%" : "—";

    /// <summary>A table cell of change: +184.5家（+479.2%）; — when either side is missing.</summary>
    public static string ChangeCell(decimal? delta, decimal? percent, MetricDefinition metric) => delta is { } d
        ? percent is null ? Change(d, metric) : $"{Change(d, metric)}（{TablePercent(percent)}）"
        : "—";

    /// <summary>A percentage change in the paragraph: 增加480%, 减少10%, 翻了一番, 持平 (to the nearest 5 %).</summary>
    public static string Phrase(decimal percent)
    {
        if (ReviewChange.IsDoubling(percent))
        {
            return "翻了一番";
        }

        var rounded = ReviewChange.RoundToFive(percent);
        return rounded switch
        {
            > 0 => $"增加{Number(rounded, "0")}%",
            < 0 => $"减少{Number(-rounded, "0")}%",
            _ => "持平",
        };
    }

    private static string Number(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
