using System.Globalization;
using System.Text;

namespace YuanlingTech.Worker.Observability;

/// <summary>Writes the Prometheus text exposition format (version 0.0.4): HELP/TYPE headers and samples with escaped labels.</summary>
public sealed class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    public void Header(string name, string type, string help) =>
        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal))
            .Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    public void Sample(string name, double value, params (string Name, string Value)[] labels)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                _text.Append(i == 0 ? string.Empty : ",").Append(labels[i].Name).Append("=\"").Append(Escape(labels[i].Value)).Append('"');
            }

            _text.Append('}');
        }

        _text.Append(' ').Append(Format(value)).Append('\n');
    }

    /// <summary>A histogram's cumulative buckets, sum and count for one label set.</summary>
    public void Histogram(string name, HistogramSnapshot snapshot, params (string Name, string Value)[] labels)
    {
        var cumulative = 0L;
        for (var i = 0; i < snapshot.Bounds.Count; i++)
        {
            cumulative += snapshot.Counts[i];
            Sample(name + "_bucket", cumulative, [.. labels, ("le", Format(snapshot.Bounds[i]))]);
        }

        Sample(name + "_bucket", snapshot.Count, [.. labels, ("le", "+Inf")]);
        Sample(name + "_sum", snapshot.Sum, labels);
        Sample(name + "_count", snapshot.Count, labels);
    }

    public override string ToString() => _text.ToString();

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("G", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
