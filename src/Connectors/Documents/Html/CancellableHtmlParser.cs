using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace YuanlingTech.Connectors.Documents.Html;

/// <summary>
/// AngleSharp's parser, stopped by a cancellation token: its synchronous parse offers no token, so the check runs as
/// elements are created (every few hundred), and a cancelled parse ends with <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class CancellableHtmlParser
{
    private const int ElementsBetweenChecks = 256;

    private readonly HtmlParser _parser;
    private int _created;

    public CancellableHtmlParser(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        _parser = new HtmlParser(new HtmlParserOptions
        {
            OnCreated = (_, _) =>
            {
                if (++_created % ElementsBetweenChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            },
        });
    }

    public CancellationToken CancellationToken { get; }

    public IHtmlDocument Parse(string html)
    {
        CancellationToken.ThrowIfCancellationRequested();
        return _parser.ParseDocument(html);
    }
}
