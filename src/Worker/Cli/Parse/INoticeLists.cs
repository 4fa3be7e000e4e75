using YuanlingTech.Connectors.Documents.Html;
using YuanlingTech.Connectors.Documents.Xlsx;
using YuanlingTech.Connectors.NoticeColumns;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>What one notices-column source makes of a title and of a list article, through the sync's own classifier and extractor.</summary>
public interface INoticeLists
{
    /// <summary>The list kind the title names; null when the source ignores the notice.</summary>
    string? KindOf(string title);

    /// <summary>The article's list, normalized; null when its title names no list of this source.</summary>
    NoticeListResult? Extract(NoticeArticle article, Func<Attachment, Stream?> openAttachment, XlsxLimits xlsxLimits, CancellationToken cancellationToken);
}
