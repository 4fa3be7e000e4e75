using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>
/// A certificate as a national filing (备案) list publishes it. Same natural key as the provincial
/// recognized row; loaded so that it fills gaps but never overwrites what a provincial list published.
/// </summary>
public sealed record HnteNationalFiling(CertificationRecord Certification) : ISourceRow
{
    public string DocumentUrl => Certification.DocumentUrl;

    public int RowNumber => Certification.RowNumber;
}
