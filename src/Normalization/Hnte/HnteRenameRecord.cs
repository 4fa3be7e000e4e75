using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>One row of a national 更名公告: the firm keeps its certificate number and validity under a new name.</summary>
public sealed record HnteRenameRecord : ISourceRow
{
    /// <summary>Canonical certificate number, <c>GR{yyyy}{pp}{nnnnnn}</c>.</summary>
    public required string CertificateNo { get; init; }

    /// <summary>原企业名称 in display form.</summary>
    public required string OldName { get; init; }

    /// <summary>现企业名称 in display form.</summary>
    public required string NewName { get; init; }

    public required string NewNameKey { get; init; }

    public required DateOnly PublishedOn { get; init; }

    public required string DocumentUrl { get; init; }

    public required int RowNumber { get; init; }
}
