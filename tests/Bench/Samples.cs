using System.Globalization;

namespace YuanlingTech.Bench;

/// <summary>Repeated measurements of one figure: median and spread ((max − min) / median).</summary>
internal sealed class Samples(string name, string unit)
{
    private readonly List<double> _values = [];

    public string Name { get; } = name;

    public IReadOnlyList<double> Values => _values;

    public void Add(double value) => _values.Add(value);

    public double Median
    {
        get
        {
            if (_values.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Spread => _values.Count == 0 || Median == 0 ? 0 : (_values.Max() - _values.Min()) / Median;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-26} median {Format(Median)} {unit}  min {Format(_values.DefaultIfEmpty().Min())}  max {Format(_values.DefaultIfEmpty().Max())}  spread {Spread:P0}  n={_values.Count}  [{string.Join(", ", _values.Select(Format))}]");

    public static string Format(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,##0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
