using System.Globalization;

namespace YuanlingTech.Evaluation.Review;

/// <summary>The table of the year in review as text cells, for the console and the dashboard page.</summary>
public static class ReviewTable
{
    /// <summary>指标, {Y}年, {Y−1}年, 同比, “十四五”初（2020–2021年均）, 较“十四五”初.</summary>
    public static IReadOnlyList<string> Headers(int year, ReviewLabels labels) =>
    [
        labels.Metric, YearColumn(labels, year), YearColumn(labels, year - 1), labels.YearOnYear, labels.Opening, labels.VersusOpening,
    ];

    /// <summary>A figure's cells: the label, the two years, the change against the year before, the opening level and the change against it.</summary>
    public static IReadOnlyList<string> Cells(ReviewFigure figure, string language)
    {
        var metric = figure.Metric;
        var label = language == "en" ? metric.LabelEn : metric.LabelZh;
        if (figure.Value is not { } value)
        {
            return [label, ReviewLabels.For(language).Unavailable, "—", "—", "—", "—"];
        }

        return
        [
            label,
            ReviewFormat.Figure(value, metric),
            figure.Prior is { } prior ? ReviewFormat.Figure(prior, metric) : "—",
            ReviewFormat.ChangeCell(figure.PriorChange, figure.PriorPercent, metric),
            figure.Opening is { } opening ? ReviewFormat.Level(opening, metric) : "—",
            ReviewFormat.ChangeCell(figure.OpeningChange, figure.OpeningPercent, metric),
        ];
    }

    public static string YearColumn(ReviewLabels labels, int year) => string.Format(CultureInfo.InvariantCulture, labels.YearColumn, year);
}
