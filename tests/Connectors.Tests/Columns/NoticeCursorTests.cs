
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Connectors.Tests.Columns;

public class NoticeCursorTests
{
    private static readonly Uri ListUrl = new("http://kjt.example/tzgg/index.html");
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KnownNotices_IsNull_WhenFullOrNeverRunOrLastRunIncomplete()
    {
        var cursor = new NoticeCursor();
        Assert.Null(cursor.KnownNotices(ListUrl, full: false));

        cursor.Record(ListUrl, Listing(stoppedEarly: false, "a", "b"), [Link("a")], complete: false);
        Assert.Null(cursor.KnownNotices(ListUrl, full: false));

        cursor.Record(ListUrl, Listing(stoppedEarly: false, "a", "b"), [Link("a")], complete: true);
        Assert.Null(cursor.KnownNotices(ListUrl, full: true));
        Assert.Equal(2, cursor.KnownNotices(ListUrl, full: false)!.Count);
    }

    [Fact]
    public void Record_KeepsThePaginationTheRunFollowed()
    {
        var cursor = new NoticeCursor();
        cursor.Record(ListUrl, Listing(stoppedEarly: false, "a"), [Link("a")], complete: true);

        Assert.Equal("nextLink", NoticeCursor.Parse(cursor.ToJson()).Lists[ListUrl.AbsoluteUri].Pagination);
    }

    [Fact]
    public void Record_AddsToTheKnownNotices_WhenPagingStoppedEarly()
    {
        var cursor = new NoticeCursor();
        cursor.Record(ListUrl, Listing(stoppedEarly: false, "a", "b", "c"), [Link("a"), Link("c")], complete: true);

        var round = NoticeCursor.Parse(cursor.ToJson());
        var early = Listing(stoppedEarly: true, "new", "a");
        var notReached = round.ArticlesNotReached(ListUrl, early);
        round.Record(ListUrl, early, [Link("new")], complete: true);

        Assert.Equal(1, notReached);
        Assert.Equal(["a", "b", "c", "new"], round.KnownNotices(ListUrl, full: false)!.Select(Name).Order());
        Assert.Equal(2, round.ArticlesNotReached(ListUrl, Listing(stoppedEarly: true, "new", "b")));
    }

    [Fact]
    public void Record_ForgetsNoticesGoneFromThePortal_WhenEveryPageWasRead()
    {
        var cursor = new NoticeCursor();
        cursor.Record(ListUrl, Listing(stoppedEarly: false, "a", "b"), [Link("a"), Link("b")], complete: true);

        cursor.Record(ListUrl, Listing(stoppedEarly: false, "b"), [Link("b")], complete: true);

        Assert.Equal(["b"], cursor.KnownNotices(ListUrl, full: false)!.Select(Name));
        Assert.Equal(0, cursor.ArticlesNotReached(ListUrl, Listing(stoppedEarly: false)));
    }

    [Theory]
    [InlineData(null, 7, true)]
    [InlineData(6.9, 7, false)]
    [InlineData(7.0, 7, true)]
    [InlineData(0.0, 0, true)]
    public void IsFullDue_FollowsTheLastFullRun(double? daysAgo, int fullRecheckDays, bool expected)
    {
        var cursor = new NoticeCursor { LastFullRunAt = daysAgo is { } d ? Now.AddDays(-d) : null };

        Assert.Equal(expected, NoticeCursor.Parse(cursor.ToJson()).IsFullDue(Now, fullRecheckDays));
    }

    private static NoticeListing Listing(bool stoppedEarly, params string[] names) =>
        new(names.Select(Link).ToList(), PagesRead: 1, PageCount: stoppedEarly ? 5 : 1, stoppedEarly, Pagination: "nextLink");

    private static NoticeLink Link(string name) => new(name, new Uri(ListUrl, name + ".html"), null);

    private static string Name(string url) => Path.GetFileNameWithoutExtension(new Uri(url).AbsolutePath);
}
