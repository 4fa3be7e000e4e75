using YuanlingTech.Targets.Configuration;
using YuanlingTech.Targets.Evaluation;

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
}
