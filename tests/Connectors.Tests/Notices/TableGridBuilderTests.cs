
using YuanlingTech.Connectors.Documents.Tables;

namespace YuanlingTech.Connectors.Tests.Notices;

public class TableGridBuilderTests
{
    [Fact]
    public void Add_RepeatsSpannedCells_WhenSpansAreTheUsualFew()
    {
        var grid = new TableGridBuilder();

        grid.Add([new GridCell("名单", 3, 1)]);
        grid.Add([new GridCell("1", 1, 2), new GridCell("甲", 1, 1), new GridCell("长沙", 1, 1)]);
        grid.Add([new GridCell("乙", 1, 1), new GridCell("株洲", 1, 1)]);

        Assert.Equal([["名单", "名单", "名单"], ["1", "甲", "长沙"], ["1", "乙", "株洲"]], grid.ToTable().Rows);
    }

    [Fact]
    public void Add_CountsSpansAsSingleCells_OnceATableHasAddedItsLimitOfSpannedCells()
    {
        var grid = new TableGridBuilder();

        grid.Add(Enumerable.Range(0, 10).Select(i => new GridCell($"c{i}", 1000, 1000)));
        grid.Add([new GridCell("next", 1, 1)]);

        // Each cell adds 999,999 copies: the fifth crosses the limit of 4,000,000, the other five count as one cell each.
        var rows = grid.ToTable().Rows;
        Assert.Equal((5 * 1000) + 5, rows[0].Count);
        Assert.Equal(["next"], rows[1]);
    }
}
