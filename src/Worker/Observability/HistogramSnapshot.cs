
namespace YuanlingTech.Worker.Observability;

/// <summary>Per-bucket (not cumulative) counts for the upper bounds, plus the overflow, the sum and the count of observations.</summary>
public sealed record HistogramSnapshot(IReadOnlyList<double> Bounds, IReadOnlyList<long> Counts, double Sum, long Count)
{
    /// <summary>Seconds, from a fast cached answer to a slow portal page or a long sync run.</summary>
    public static readonly double[] DefaultBounds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

    public static HistogramSnapshot Of(IReadOnlyList<double> bounds, IEnumerable<double> observations)
    {
        var counts = new long[bounds.Count + 1];
        var sum = 0d;
        var count = 0L;
        foreach (var value in observations)
        {
            counts[Bucket(bounds, value)]++;
            sum += value;
            count++;
        }

        return new HistogramSnapshot(bounds, counts, sum, count);
    }

    public static int Bucket(IReadOnlyList<double> bounds, double value)
    {
        var i = 0;
        while (i < bounds.Count && value > bounds[i])
        {
            i++;
        }

        return i;
    }
}
