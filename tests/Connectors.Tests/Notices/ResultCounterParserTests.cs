
using YuanlingTech.Connectors.Documents.Paging;

namespace YuanlingTech.Connectors.Tests.Notices;

public class ResultCounterParserTests
{
    [Theory]
    [InlineData("<div>共 6 条记录，共 2 页，当前第 1 页</div>", 6, 2, 1)]
    [InlineData("<div>共<b>93</b>条记录 共<b>5</b>页 当前第<b>3</b>页</div>", 93, 5, 3)]
    [InlineData("<p>共 12 条 第 1/2 页</p>", 12, 2, 1)]
    [InlineData("<span>第 4/9 页</span>", null, 9, 4)]
    [InlineData("<span>共 9 页</span>", null, 9, null)]
    [InlineData("<span>共 40 条</span>", 40, null, null)]
    [InlineData("<div>共6条 第1/2页</div>", 6, 2, 1)]
    [InlineData("<div>共 6 条记录, 共 2 页, 当前第 1 页</div>", 6, 2, 1)]
    [InlineData("<div>总记录数：120</div>", 120, null, null)]
    [InlineData("<div>总记录数:120 总页数:6 当前页:2</div>", 120, 6, 2)]
    [InlineData("<div>第 2 页/共 6 页</div>", null, 6, 2)]
    [InlineData("<div>共１２条 第１/２页</div>", 12, 2, 1)]
    public void Parse_ReadsEveryDefaultWording(string html, int? total, int? pages, int? current)
    {
        Assert.Equal(new ResultCounter(total, pages, current), new ResultCounterParser().Parse(html));
    }

    [Fact]
    public void Parse_ReturnsNull_WhenThePageHasNoCounter()
    {
        Assert.Null(new ResultCounterParser().Parse("<ul class=\"list\"><li><a href=\"a.html\">通知</a></li></ul>"));
    }

    [Fact]
    public void Parse_UsesOnlyTheConfiguredPattern_WhenOneIsSet()
    {
        var parser = new ResultCounterParser(@"Total\s*(?<total>\d+),\s*page\s*(?<current>\d+)\s*of\s*(?<pages>\d+)");

        Assert.Equal(new ResultCounter(30, 3, 2), parser.Parse("<p>Total 30, page 2 of 3</p>"));
        Assert.Null(parser.Parse("<p>共 6 条记录，共 2 页，当前第 1 页</p>"));
    }

    [Theory]
    [InlineData(@"共(\d+)条", "has no named group")]
    [InlineData(@"共(?<total>\d+", "is not a valid regex")]
    public void PatternError_NamesTheProblem_WhenThePatternCannotBeACounter(string pattern, string expected)
    {
        Assert.StartsWith(expected, ResultCounterParser.PatternError(pattern), StringComparison.Ordinal);
    }
}
