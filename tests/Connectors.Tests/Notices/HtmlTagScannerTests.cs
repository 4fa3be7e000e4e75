
using YuanlingTech.Connectors.Documents.Html;

namespace YuanlingTech.Connectors.Tests.Notices;

public class HtmlTagScannerTests
{
    [Fact]
    public void Tags_SkipEveryComment_WhenCommentsEndWithArrowOrBangArrowOrNothing()
    {
        const string html = "<!--a--><p><!-- b --!><td><!----><tr><!-- c -- d - --><span><!--><b><!---><i><!-- <table> --><u><!-- open";

        var names = HtmlTagScanner.Tags(new StringHtmlSource(html)).Select(tag => tag.Name);

        Assert.Equal(["p", "td", "tr", "span", "b", "i", "u"], names);
    }

    // Each comment used to search the rest of the page for the closer it did not use: 100,000 comments took 24 s.
    [Fact]
    public void Tags_FindTheTagsBetween_WhenThePageHas100000Comments()
    {
        var html = string.Concat(Enumerable.Repeat("<!----><td>", 100_000));

        var tags = HtmlTagScanner.Tags(new StringHtmlSource(html)).Count();

        Assert.Equal(100_000, tags);
    }
}
