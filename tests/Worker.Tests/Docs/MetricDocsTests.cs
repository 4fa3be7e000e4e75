using YuanlingTech.Storage.Metrics;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>docs/metrics.md, the metric SQL and the catalog declare the same metrics.</summary>
public sealed class MetricDocsTests
{
    [Fact]
    public void MetricsDocument_CarriesTheCatalogTable_AsGenerated()
    {
        var text = RepoFiles.Read("docs/metrics.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf(MetricCatalogTable.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(MetricCatalogTable.End, StringComparison.Ordinal);

        Assert.True(start >= 0 && end > start, "docs/metrics.md has no generated metric catalog table");
        Assert.Equal(MetricCatalogTable.Markdown(), text[start..(end + MetricCatalogTable.End.Length)]);
    }

    [Fact]
    public void EveryCatalogMetric_HasItsSqlAndASectionInTheDocument_AndNothingElseDoes()
    {
        var text = RepoFiles.Read("docs/metrics.md");
        var catalog = MetricCatalog.All.Select(m => m.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(catalog, MetricSql.Series.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(catalog, MetricExplainSql.Statements.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(MetricSql.Retained.Keys, k => Assert.Contains(k[..^MetricSql.RetainedSuffix.Length], catalog));
        Assert.All(catalog, id => Assert.Contains($"\n## `{id}` — ", text, StringComparison.Ordinal));
    }

    [Fact]
    public void MetricIds_SpellEveryCatalogMetric_AndNoOther()
    {
        var constants = typeof(MetricIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(MetricCatalog.All.Select(m => m.Id).Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryWorklist_HasItsSql_AndEveryCatalogWorklistIsOne()
    {
        Assert.Equal(Worklists.All, WorklistSql.Refresh.Keys);
        Assert.All(MetricCatalog.All.Where(m => m.Worklist is not null), m => Assert.Contains(m.Worklist!, Worklists.All));
    }
}
