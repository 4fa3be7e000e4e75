using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte.Extraction;
using YuanlingTech.Connectors.Sources.KjtHnte.National;
using YuanlingTech.Normalization.Hnte;
using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KjtHnte;

/// <summary>
/// The HNTE lists of the provincial notices column (proposed, recognized, revoked: inline tables or xlsx attachments), then
/// the national filing and rename lists (PDF) of the province when <paramref name="nationalListUrl"/> is set.
/// </summary>
public sealed class HnteLists(Uri? nationalListUrl)
    : NoticeColumnLists<HnteListKind, HnteListContext, CertificationRecord>(TitleClassifier, ListExtractor)
{
    /// <summary>
    /// Revoked, then proposed, then recognized (in that order, since a 公示 title also says 认定); tech-SME lists share the
    /// column and much of the wording, so their titles never classify.
    /// </summary>
    public static NoticeTitleRules<HnteListKind> TitleRules { get; } = new()
    {
        Excluded = "科技型中小企业",
        Kinds =
        [
            (HnteListKind.Revoked, "取消.*高新技术企业资格"),
            (HnteListKind.Proposed, "拟认定.*高新技术企业"),
            (HnteListKind.Recognized, "高新技术企业.*认定名单|认定.*高新技术企业名单|高新技术企业名单.*(公布|公告)"),
        ],
    };

    public static NoticeTitleClassifier<HnteListKind> TitleClassifier { get; } = new(TitleRules);

    public static NoticeListExtractor<HnteListKind, HnteListContext> ListExtractor { get; } = new("HNTE", HnteColumnMaps.For, Context);

    public override (IReadOnlyList<CertificationRecord> Records, IReadOnlyList<RejectedRecord> Rejects) Normalize(
        IEnumerable<RawRecord> rows, HnteListContext context)
    {
        var result = HnteRecordNormalizer.Normalize(rows, context);
        return (result.Records, result.Rejects);
    }

    public override IReadOnlyList<CertificationRecord> HandOver(HnteListContext context, IReadOnlyList<CertificationRecord> records) => records;

    public override async Task<IReadOnlyList<string>> AfterColumnAsync(NoticeColumnRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return nationalListUrl is null
            ? []
            : await new NationalListSync(run.Fetcher, run.Settings, run.MaxHtmlDepth, run.Logger)
                .RunAsync(nationalListUrl, run.Session, run.Cursor, run.Full, cancellationToken);
    }

    // Revocation titles name the year the certificate was granted, not a batch: file those under the publication year.
    private static HnteListContext Context(NoticeTitleMatch<HnteListKind> match, DateOnly publishedOn, string title) =>
        new(match.Kind, match.Kind == HnteListKind.Revoked ? publishedOn.Year : match.Year ?? publishedOn.Year, match.BatchNo, publishedOn, title);
}
