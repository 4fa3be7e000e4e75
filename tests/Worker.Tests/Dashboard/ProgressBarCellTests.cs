using YuanlingTech.Worker.Dashboard;

namespace YuanlingTech.Worker.Tests.Dashboard;

/// <summary>The bar's label is readable at every percentage: inside a wide bar, beside a short one.</summary>
public sealed class ProgressBarCellTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(3.5, false)]
    [InlineData(29.9, false)]
    [InlineData(30, true)]
    [InlineData(84.6, true)]
    [InlineData(133.3, true)]
    public void Render_PutsTheLabelBesideShortBars_AndInsideWideOnes(double percent, bool inside)
    {
        var actual = (decimal)percent;

        var cell = ProgressBarCell.Render(actual, 50m, "progress-bar-success", "序时");

        var label = $">{actual:0.#}%</span>";
        Assert.Contains(label, cell, StringComparison.Ordinal);
        Assert.Equal(!inside, cell.Contains("bar-label-outside", StringComparison.Ordinal));
        Assert.Contains($"style=\"width:{Math.Min(actual, 100m)}%\"", cell, StringComparison.Ordinal);
        Assert.Contains("left:50%", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DrawsNoPaceTick_ForYearlyData()
    {
        var cell = ProgressBarCell.Render(0m, null, "progress-bar-info", "序时");

        Assert.DoesNotContain("expected-tick", cell, StringComparison.Ordinal);
        Assert.DoesNotContain("序时", cell, StringComparison.Ordinal);
    }
}
