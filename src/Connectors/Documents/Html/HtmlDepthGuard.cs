
namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// Refuses a page that nests deeper than its source's limit before the HTML parser sees it (the parser's time grows
/// with depth × tags), reading the tags once and checking the run's cancellation as it goes.
/// </summary>
internal static class HtmlDepthGuard
{
    public const int TagsBetweenCancellationChecks = 1024;

    public static void Check<TSource>(TSource html, Uri url, int maxDepth, CancellationToken cancellationToken)
        where TSource : IHtmlSource
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tracker = new HtmlDepthTracker(maxDepth, html.Text);
        var tags = 0;
        foreach (var tag in HtmlTagScanner.Tags(html))
        {
            if (++tags % TagsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!tracker.Add(tag))
            {
                throw TooDeep(url, tracker);
            }
        }
    }

    public static void Check(string html, Uri url, int maxDepth, CancellationToken cancellationToken) =>
        Check(new StringHtmlSource(html), url, maxDepth, cancellationToken);

    public static LayoutChangedException TooDeep(Uri url, HtmlDepthTracker tracker) =>
        new(url.AbsoluteUri, $"elements nest more than {tracker.MaxDepth} deep (from character {tracker.ExceededAt} on); the page is refused unparsed (limit: Sources:<id>:MaxHtmlDepth)");
}
