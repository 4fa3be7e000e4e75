using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>A notices-column source's lists as <c>parse</c> reads them: the sync's own classifier, extractor and normalizer.</summary>
public sealed class ColumnListsParse<TKind, TContext, TRecord>(NoticeColumnLists<TKind, TContext, TRecord> lists) : INoticeLists
    where TKind : struct, Enum
    where TContext : notnull
    where TRecord : class
{
    public string? KindOf(string title) => lists.Classifier.Classify(title)?.Kind.ToString();

    public NoticeListResult? Extract(NoticeArticle article, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        if (lists.Classifier.Classify(article.Title) is not { } match)
        {
            return null;
        }

        var extraction = lists.Extractor.Extract(article, match, openAttachment, xlsxLimits, cancellationToken);
        var rows = extraction.Records.ToList();
        var (records, rejects) = lists.Normalize(rows, extraction.Context);
        return new NoticeListResult(extraction.Context, extraction.TableUrl, rows.Count, records, rejects);
    }
}

/// <summary>Builds the adapter with its type arguments inferred.</summary>
public static class ColumnListsParse
{
    public static INoticeLists Of<TKind, TContext, TRecord>(NoticeColumnLists<TKind, TContext, TRecord> lists)
        where TKind : struct, Enum
        where TContext : notnull
        where TRecord : class =>
        new ColumnListsParse<TKind, TContext, TRecord>(lists);
}
