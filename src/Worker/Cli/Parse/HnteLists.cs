using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Normalization.Hnte;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>The HNTE lists (拟认定, 认定, 撤销, …) of the notices column.</summary>
public sealed class HnteLists : INoticeLists
{
    private readonly HnteTitleClassifier _classifier = new();

    public string? KindOf(string title) => _classifier.Classify(title)?.Kind.ToString();

    public NoticeListResult? Extract(NoticeArticle article, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        if (_classifier.Classify(article.Title) is not { } match)
        {
            return null;
        }

        var extraction = new HnteArticleExtractor().Extract(article, match, openAttachment, xlsxLimits, cancellationToken);
        var rows = extraction.Records.ToList();
        var result = HnteRecordNormalizer.Normalize(rows, extraction.Context);
        return new NoticeListResult(extraction.Context, extraction.TableUrl, rows.Count, result.Records, result.Rejects);
    }
}
