using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtTechSme.Extraction;
using YuanlingTech.Normalization.Records;
using YuanlingTech.Normalization.TechSme;

namespace YuanlingTech.Connectors.Sources.KjtTechSme;

/// <summary>
/// The tech-SME registration lists (科技型中小企业入库: 公示, 公布, correction, removal) of the provincial notices column, one
/// list per article, loaded as a whole. One instance per run: it remembers the lists handed over, newest first.
/// </summary>
public sealed class TechSmeLists()
    : NoticeColumnLists<TechSmeListKind, TechSmeListContext, TechSmeListRecords>(TitleClassifier, ListExtractor)
{
    private readonly HandedOverLists _handedOver = new();

    /// <summary>
    /// Removal, then correction, then 公示, then 公布 (in that order, since a correction also names the 入库 list and a 公示
    /// says 入库 too); every title names the register: nothing else, HNTE lists included, is opened.
    /// </summary>
    public static NoticeTitleRules<TechSmeListKind> TitleRules { get; } = new()
    {
        Kinds =
        [
            (TechSmeListKind.Removed, "撤销|移出"),
            (TechSmeListKind.Corrected, "更正|调整"),
            (TechSmeListKind.Proposed, "拟入库|公示"),
            (TechSmeListKind.Registered, "入库.*名单|名单.*入库|公布|公告"),
        ],
        Required = "科技型中小企业",
    };

    public static NoticeTitleClassifier<TechSmeListKind> TitleClassifier { get; } = new(TitleRules);

    public static NoticeListExtractor<TechSmeListKind, TechSmeListContext> ListExtractor { get; } = new("tech-SME", TechSmeColumnMaps.For, Context);

    /// <summary>A list superseded by a later one of its batch handed over before is counted, not loaded.</summary>
    public override IReadOnlyList<TechSmeListRecords> HandOver(TechSmeListContext context, IReadOnlyList<CertificationRecord> records)
    {
        if (_handedOver.Supersede(context))
        {
            return [new(context, []) { SupersededRows = records.Count }];
        }

        _handedOver.Note(context, records.Count);
        return [new(context, records)];
    }

    public override (IReadOnlyList<CertificationRecord> Records, IReadOnlyList<RejectedRecord> Rejects) Normalize(
        IEnumerable<RawRecord> rows, TechSmeListContext context)
    {
        var result = TechSmeRecordNormalizer.Normalize(rows, context);
        return (result.Records, result.Rejects);
    }

    // A removal names no batch, and each row's number names its own year: filed under the publication year.
    private static TechSmeListContext Context(NoticeTitleMatch<TechSmeListKind> match, DateOnly publishedOn, string title) =>
        match.Kind == TechSmeListKind.Removed
            ? new(match.Kind, publishedOn.Year, null, publishedOn, title)
            : new(match.Kind, match.Year ?? publishedOn.Year, match.BatchNo, publishedOn, title);
}
