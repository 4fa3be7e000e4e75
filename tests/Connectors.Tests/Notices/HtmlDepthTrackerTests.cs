using AngleSharp.Html.Parser;
using YuanlingTech.Connectors.Documents.Html;

namespace YuanlingTech.Connectors.Tests.Notices;

/// <summary>
/// The depth the tracker follows from the tags against the depth of the DOM AngleSharp builds: never less (or a page
/// could nest past the limit unseen), and no more than a few levels over on sloppy markup real pages have.
/// </summary>
public class HtmlDepthTrackerTests
{
    private const int Repeats = 300;

    // html and body are in the DOM's depth, not in the tracker's; so is a void element at the bottom (never pushed).
    private const int DocumentLevels = 3;

    [Theory]
    [InlineData("<div>x")]
    [InlineData("<span>x")]
    [InlineData("<b>x")]
    [InlineData("<font size=2>x")]
    [InlineData("<div/>x")]
    [InlineData("<o:p>x")]
    [InlineData("<x-custom>x")]
    [InlineData("<div></span>x")]
    [InlineData("<span></div>x")]
    [InlineData("<td><div>x")]
    [InlineData("<table><td>x")]
    [InlineData("<table><tr><td>x")]
    [InlineData("<table><caption>x")]
    [InlineData("<ul><li>x")]
    [InlineData("<p><div>x")]
    [InlineData("<em>x<div>y")]
    [InlineData("<i><b><u>x</i>")]
    [InlineData("<b id=N>x<p>y")]
    [InlineData("<svg><g>")]
    public void Depth_IsAtLeastTheDomDepth_WhenMarkupNests(string pattern)
    {
        var html = Page(pattern);

        Assert.True(TrackedDepth(html) + DocumentLevels >= DomDepth(html), $"tracked {TrackedDepth(html)}, DOM {DomDepth(html)}");
        Assert.True(DomDepth(html) > Repeats / 2, "the pattern nests");
    }

    [Theory]
    [InlineData("<p>x")]
    [InlineData("<li>x")]
    [InlineData("<td>x")]
    [InlineData("<tr><td>x")]
    [InlineData("<option>x")]
    [InlineData("<dd><dt>x")]
    [InlineData("<h1><h2>x")]
    [InlineData("<p><span>x")]
    [InlineData("<p><font size=2>x")]
    [InlineData("<li><b>x")]
    [InlineData("<b><p>x")]
    [InlineData("<b><p>x</b></p>")]
    [InlineData("<strong><div>x</strong></div>")]
    [InlineData("<a href=#>x")]
    [InlineData("<p/>x")]
    [InlineData("<br>x<img src=a.png><hr>")]
    [InlineData("<button>x")]
    [InlineData("<nobr>x")]
    [InlineData("<table><tr><td>x</td></tr></table>")]
    [InlineData("<tr><td><b>x")]
    [InlineData("<svg><path d=\"M0\"/></svg>")]
    [InlineData("<form>x")]
    public void Depth_StaysWithinAFewLevelsOfTheDom_WhenSloppyMarkupDoesNotNest(string pattern)
    {
        var html = Page(pattern);

        var tracked = TrackedDepth(html);
        var dom = DomDepth(html);

        Assert.True(tracked + DocumentLevels >= dom, $"tracked {tracked}, DOM {dom}");
        Assert.True(tracked <= dom + 4, $"tracked {tracked}, DOM {dom}");
    }

    [Fact]
    public void Depth_StaysFarBelowTheDefaultLimit_ForSavedAndGeneratedPages()
    {
        var saved = Directory.GetFiles(AppContext.BaseDirectory, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText);
        var generated = new[] { LargeTablePages.Article(LargeTablePages.WordTable(2_000)), LargeTablePages.Article(LargeTablePages.PlainTable(2_000)) };

        var depths = saved.Concat(generated).Select(TrackedDepth).ToList();

        Assert.True(depths.Count >= 10, $"{depths.Count} pages");
        Assert.All(depths, depth => Assert.InRange(depth, 1, HtmlDepthTracker.DefaultMaxDepth / 8));
    }

    [Fact]
    public void Add_ReportsWhereThePageFirstNestedTooDeep_WhenDeeperThanTheLimit()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "</body></html>";
        var tracker = new HtmlDepthTracker(32, html.Substring);

        var results = HtmlTagScanner.Tags(new StringHtmlSource(html)).Select(tracker.Add).ToList();

        Assert.Contains(false, results);
        Assert.Equal("<html><body>".Length + (32 * "<div>".Length), tracker.ExceededAt);
    }

    private static string Page(string pattern) =>
        "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Range(0, Repeats).Select(i => pattern.Replace("=N", $"={i}", StringComparison.Ordinal))) + "</body></html>";

    private static int TrackedDepth(string html)
    {
        var tracker = new HtmlDepthTracker(int.MaxValue, html.Substring);
        foreach (var tag in HtmlTagScanner.Tags(new StringHtmlSource(html)))
        {
            tracker.Add(tag);
        }

        return tracker.Deepest;
    }

    private static int DomDepth(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.All.Max(element =>
        {
            var depth = 0;
            for (var node = element; node is not null; node = node.ParentElement)
            {
                depth++;
            }

            return depth;
        });
    }
}
