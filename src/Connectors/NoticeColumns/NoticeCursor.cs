using System.Text.Json;

namespace YuanlingTech.Connectors.NoticeColumns;

/// <summary>
/// The cursor of a notices source (JSON in <c>ingest.source_state</c>): per list URL the notices already listed and
/// loaded, and the time of the last full run (every list page read). A normal run stops paging a newest-first list at
/// already-known notices; a full run, due every <c>FullRecheckDays</c>, reads every page to catch silent corrections.
/// </summary>
public sealed class NoticeCursor
{
    /// <summary>When the last run that read every list page and loaded everything finished; null before the first.</summary>
    public DateTimeOffset? LastFullRunAt { get; set; }

    public Dictionary<string, NoticeListState> Lists { get; set; } = new(StringComparer.Ordinal);

    public static NoticeCursor Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new NoticeCursor() : JsonSerializer.Deserialize<NoticeCursor>(json) ?? new NoticeCursor();

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Whether this run must read every list page: never run fully, or the last full run is <paramref name="fullRecheckDays"/> old.</summary>
    public bool IsFullDue(DateTimeOffset now, int fullRecheckDays) =>
        LastFullRunAt is not { } last || now - last >= TimeSpan.FromDays(fullRecheckDays);

    /// <summary>The notice URLs at which paging of <paramref name="listUrl"/> may stop; null to read every page.</summary>
    public IReadOnlySet<string>? KnownNotices(Uri listUrl, bool full) =>
        !full && Lists.GetValueOrDefault(Key(listUrl)) is { Complete: true } state
            ? state.Notices.ToHashSet(StringComparer.Ordinal)
            : null;

    /// <summary>Known articles the listing did not reach (paging stopped before them): not re-checked in this run.</summary>
    public int ArticlesNotReached(Uri listUrl, NoticeListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (!listing.StoppedEarly || Lists.GetValueOrDefault(Key(listUrl)) is not { } state)
        {
            return 0;
        }

        var listed = listing.Notices.Select(n => n.Url.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        return state.Articles.Count(a => !listed.Contains(a));
    }

    /// <summary>
    /// Remembers what this run listed. After a walk to the end the listing replaces the old state (notices gone from the
    /// portal are forgotten); after an early stop it is added to it. <paramref name="complete"/>: every article loaded.
    /// </summary>
    public void Record(Uri listUrl, NoticeListing listing, IEnumerable<NoticeLink> articles, bool complete)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(articles);
        var key = Key(listUrl);
        var old = listing.StoppedEarly ? Lists.GetValueOrDefault(key) : null;
        Lists[key] = new NoticeListState
        {
            Notices = Merge(listing.Notices.Select(n => n.Url.AbsoluteUri), old?.Notices),
            Articles = Merge(articles.Select(n => n.Url.AbsoluteUri), old?.Articles),
            Complete = complete,
            Pagination = listing.Pagination,
        };
    }

    private static List<string> Merge(IEnumerable<string> listed, List<string>? old) =>
        listed.Concat(old ?? []).Distinct(StringComparer.Ordinal).ToList();

    private static string Key(Uri listUrl) => listUrl.AbsoluteUri;
}
