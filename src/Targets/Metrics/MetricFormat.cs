using System.Globalization;

namespace YuanlingTech.Targets.Metrics;

/// <summary>Figures as the bureau writes them: money in 亿元 from 1 亿 up, else in 万元; counts as integers.</summary>
public static class MetricFormat
{
    private const decimal Yi = 100_000_000m;
    private const decimal Wan = 10_000m;

    public static string Format(decimal value, MetricUnit unit, string language = "zh")
    {
        var en = language == "en";
        if (unit == MetricUnit.Count)
        {
            return value.ToString("#,0.##", CultureInfo.InvariantCulture) + (en ? "" : " 家");
        }

        if (Math.Abs(value) >= Yi)
        {
            return (value / Yi).ToString("#,0.####", CultureInfo.InvariantCulture) + (en ? " hundred million yuan" : " 亿元");
        }

        return (value / Wan).ToString("#,0.##", CultureInfo.InvariantCulture) + (en ? " × 10k yuan" : " 万元");
    }

    /// <summary>The exact value underneath, in yuan or units.</summary>
    public static string Exact(decimal value, MetricUnit unit) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture) + (unit == MetricUnit.Yuan ? " 元" : "");
}
