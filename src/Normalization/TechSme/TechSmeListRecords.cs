using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.TechSme;

/// <summary>
/// One tech-SME list, loaded as a whole: a registration list (公示, 公布, correction) replaces the rows its batch
/// got from older lists, so the loader needs the list as well as its rows.
/// </summary>
/// <param name="Context">Kind, batch and publication date of the list.</param>
/// <param name="Records">Its clean rows (Kind <c>techsme</c>), one per enterprise.</param>
public sealed record TechSmeListRecords(TechSmeListContext Context, IReadOnlyList<CertificationRecord> Records) : IRecordGroup
{
    /// <summary>
    /// Clean rows of a list the reader already knows to be superseded by a later list of its batch: counted as unchanged,
    /// not handed over (<see cref="Records"/> is then empty).
    /// </summary>
    public int SupersededRows { get; init; }

    public int RowCount => Records.Count;
}
