using System.Globalization;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Reporting;

/// <summary>
/// <c>report.metric</c>, the labels of <see cref="MetricCatalog"/> for SQL readers: its rows are generated from the
/// catalog, so the catalog stays the one declaration. The migration creates the view; every migrate replaces it
/// (<see cref="DatabaseMigrator"/>), so a catalog change reaches existing databases without a migration of its own.
/// </summary>
public static class MetricViewSql
{
    /// <summary>The view's columns, in order (docs/warehouse.md lists them).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "label_zh", "label_en", "unit", "count_word", "nature", "source_ids", "definition", "summary_figure", "worklist"];

    /// <summary><c>CREATE OR REPLACE VIEW report.metric</c> with one row per catalog entry, in catalog order, readable by the report roles.</summary>
    public static string CreateOrReplace()
    {
        var rows = MetricCatalog.All.Select((m, i) => "    (" + string.Join(", ",
            i.ToString(CultureInfo.InvariantCulture),
            Text(m.Id),
            Text(m.LabelZh),
            Text(m.LabelEn),
            Text(Unit(m.Unit)),
            m.Unit == MetricUnit.Count ? Text(m.CountWord) : "NULL::text",
            Text(Nature(m.Nature)),
            "ARRAY[" + string.Join(", ", m.SourceIds.Select(Text)) + "]::text[]",
            Text(m.Definition),
            m.SummaryFigure is null ? "NULL::text" : Text(m.SummaryFigure),
            m.Worklist is null ? "NULL::text" : Text(m.Worklist)) + ")");
        return $"""
            CREATE OR REPLACE VIEW report.metric AS
            SELECT {string.Join(", ", Columns)}
            FROM (VALUES
            {string.Join(",\n", rows)}
            ) AS m(position, {string.Join(", ", Columns)})
            ORDER BY position;
            GRANT SELECT ON report.metric TO report_reader, yuanling_report;
            """;
    }

    /// <summary>How <see cref="MetricUnit"/> reads in the view: <c>count</c>, <c>yuan</c> or <c>percent</c>.</summary>
    public static string Unit(MetricUnit unit) => unit.ToString().ToLowerInvariant();

    /// <summary>How <see cref="MetricNature"/> reads in the view: <c>flow</c>, <c>stock</c> or <c>yearly</c>.</summary>
    public static string Nature(MetricNature nature) => nature.ToString().ToLowerInvariant();

    // Typed literals: VALUES would otherwise infer a column of NULLs as text only by luck, and CREATE OR REPLACE
    // refuses a column whose type changed.
    private static string Text(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'::text";
}
