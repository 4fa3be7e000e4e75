using YuanlingTech.Connectors.Notices;
using YuanlingTech.Connectors.Notices.Xlsx;
using YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>The tech-SME lists (公示, 公布, 更正, 撤销) of the notices column.</summary>
public sealed class TechSmeLists : INoticeLists
{
    private readonly TechSmeTitleClassifier _classifier = new();

    public string? KindOf(string title) => _classifier.Classify(title)?.Kind.ToString();

    public NoticeListResult? Extract(NoticeArticle article, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken)
    {
        if (_classifier.Classify(article.Title) is not { } match)
        {
            return null;
        }

        var extraction = TechSmeArticleExtractor.Extract(article, match, openAttachment, xlsxLimits, cancellationToken);
        var rows = extraction.Records.ToList();
        var result = TechSmeRecordNormalizer.Normalize(rows, extraction.Context);
        return new NoticeListResult(extraction.Context, extraction.TableUrl, rows.Count, result.Records, result.Rejects);
    }
}
