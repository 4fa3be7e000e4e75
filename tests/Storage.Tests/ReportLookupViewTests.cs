using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Normalization.Regions;
using YuanlingTech.Storage.Reporting;
using YuanlingTech.Targets.Metrics;

namespace YuanlingTech.Storage.Tests;

/// <summary><c>report.region</c> and <c>report.metric</c>, read as <c>report_reader</c>: the warehouse's regions and the metric catalog.</summary>
public sealed partial class ReportLookupViewTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task RegionView_ListsEveryDivisionWithNameLevelAndParent_ForReportReader()
    {
        var ct = TestContext.Current.CancellationToken;

        var rows = await AsReportReader.QueryAsync(database.DataSource, "SELECT code, name, level, parent_code FROM report.region ORDER BY code", ct);

        var expected = HunanDivisions.All.OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => $"{d.Code} {d.Name} {(short)d.Level} {d.ParentCode}");
        Assert.Equal(expected, rows.Select(r => $"{r[0]} {r[1]} {r[2]} {r[3]}"));
    }

    [Fact]
    public async Task MetricView_EqualsTheCatalog_RowForRowInCatalogOrder()
    {
        var ct = TestContext.Current.CancellationToken;

        var rows = await AsReportReader.QueryAsync(database.DataSource, $"SELECT {string.Join(", ", MetricViewSql.Columns)} FROM report.metric", ct);

        var expected = MetricCatalog.All.Select(m => Line(
            m.Id, m.LabelZh, m.LabelEn, MetricViewSql.Unit(m.Unit), m.Unit == MetricUnit.Count ? m.CountWord : null,
            MetricViewSql.Nature(m.Nature), string.Join(',', m.SourceIds), m.Definition, m.SummaryFigure, m.Worklist));
        var actual = rows.Select(r => Line(
            r[0], r[1], r[2], r[3], r[4], r[5], string.Join(',', (string[])r[6]!), r[7], r[8], r[9]));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task MetricView_IsReplacedFromTheCatalog_WhenMigrateRunsOnADatabaseWithAStaleView()
    {
        var ct = TestContext.Current.CancellationToken;
        await database.ExecuteAsync(MetricViewSql.CreateOrReplace().Replace("'rd.intensity'::text", "'rd.renamed'::text", StringComparison.Ordinal), ct);

        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        }

        var ids = await AsReportReader.QueryAsync(database.DataSource, "SELECT id FROM report.metric", ct);
        Assert.Equal(MetricCatalog.All.Select(m => m.Id), ids.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task MigratedViews_NameOnlyCatalogMetricsAndDeclaredWorklists()
    {
        var ct = TestContext.Current.CancellationToken;

        var monthly = await database.ScalarAsync<string>("SELECT pg_get_viewdef('report.metric_monthly'::regclass)", ct);
        var metricIds = MetricId().Matches(monthly!).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(metricIds);
        Assert.All(metricIds, id => Assert.NotNull(MetricCatalog.Find(id)));

        foreach (var worklist in Worklists.All)
        {
            var view = await database.ScalarAsync<string>($"SELECT pg_get_viewdef('report.worklist_{worklist}'::regclass)", ct);
            Assert.Contains($"'{worklist}'", view!, StringComparison.Ordinal);
        }
    }

    private static string Line(params object?[] values) => string.Join(" | ", values.Select(v => v ?? "∅"));

    [GeneratedRegex(@"'([a-z]+\.[a-z_]+)'::text")]
    private static partial Regex MetricId();
}
