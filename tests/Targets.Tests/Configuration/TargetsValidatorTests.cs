using YuanlingTech.Evaluation.Pace;
using YuanlingTech.Targets.Configuration;

namespace YuanlingTech.Targets.Tests.Configuration;

public sealed class TargetsValidatorTests
{
    private static TargetsOptions Valid() => new()
    {
        Baselines = [new() { Year = 2025, Region = "431222", Metric = "contracts.turnover", Value = 1_450_000_000m }],
        Items = [new() { Year = 2026, Region = "431222", Metric = "contracts.turnover", Kind = "growth", Value = 0.15m }],
    };

    [Fact]
    public void Validate_AcceptsAndResolvesGrowth_WhenTheBaselineExists()
    {
        var options = Valid();

        Assert.Empty(TargetsValidator.Validate(options, _ => true));
        Assert.Equal(1_667_500_000m, Assert.Single(TargetResolver.Resolve(options, (_, _, _) => null)).Target);
    }

    [Theory]
    [InlineData("Metric", "contracts.volume", "Targets:Items:0:Metric")]
    [InlineData("Region", "4312", "Targets:Items:0:Region")]
    [InlineData("Kind", "percent", "Targets:Items:0:Kind")]
    [InlineData("BaseYear", "2026", "Targets:Items:0:BaseYear")]
    public void Validate_NamesTheKey_WhenATargetIsWrong(string field, string value, string expected)
    {
        var options = Valid();
        var item = options.Items[0];
        switch (field)
        {
            case "Metric": item.Metric = value; break;
            case "Region": item.Region = value; break;
            case "Kind": item.Kind = value; break;
            default: item.BaseYear = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }

        var problems = TargetsValidator.Validate(options, code => code == "431222");

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_GrowsFromTheWarehouseActual_WhenNoBaselineIsConfigured()
    {
        var options = Valid();
        options.Baselines.Clear();
        var unresolved = new List<string>();

        var fromWarehouse = TargetResolver.Resolve(options, (region, metric, year) => year == 2025 ? 1_000m : null, unresolved);
        var nowhere = TargetResolver.Resolve(options, (_, _, _) => null, unresolved);

        Assert.Equal(1_150m, Assert.Single(fromWarehouse).Target);
        Assert.Empty(nowhere);
        Assert.Contains("no baseline for 2025", Assert.Single(unresolved), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_450_000_000, false, "configured")]
    [InlineData(1_300_000_000, true, "configured")]
    [InlineData(0, true, "configured")]
    public void Resolve_ComparesAConfiguredBaseline_WithTheWarehouseFigure(double warehouse, bool mismatch, string origin)
    {
        var options = Valid();

        var spec = Assert.Single(TargetResolver.Resolve(options, (_, _, year) => year == 2025 && warehouse > 0 ? (decimal)warehouse : null));

        Assert.Equal((mismatch, origin, 1_450_000_000m), (spec.BaselineMismatch, spec.BaselineOrigin, spec.Baseline!.Value));
    }

    [Fact]
    public void Resolve_TakesTheWarehouseFigureAsBaseline_AndSaysSo_WhenNoneIsConfigured()
    {
        var options = Valid();
        options.Baselines.Clear();

        var spec = Assert.Single(TargetResolver.Resolve(options, (_, _, year) => year == 2025 ? 1_000m : null));

        Assert.Equal(("warehouse", 1_000m, false), (spec.BaselineOrigin, spec.Baseline!.Value, spec.BaselineMismatch));
    }

    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(5, 3, false)]
    [InlineData(null, 5, false)]
    public void Validate_NeedsMinimumNotAboveMaximum_ForARangeTarget(int? minimum, int? maximum, bool valid)
    {
        var options = new TargetsOptions
        {
            Items = [new() { Year = 2026, Region = "431222", Metric = "projects.challenge", Kind = "range", Minimum = minimum, Maximum = maximum }],
        };

        var problems = TargetsValidator.Validate(options, _ => true);

        Assert.Equal(valid, problems.Count == 0);
        if (valid)
        {
            var spec = Assert.Single(TargetResolver.Resolve(options, (_, _, _) => null));
            Assert.Equal((3m, 5m), (spec.Target, spec.Maximum!.Value));
        }
        else
        {
            Assert.Contains(problems, p => p.StartsWith("Targets:Items:0:Minimum/Maximum", StringComparison.Ordinal));
        }
    }
}
