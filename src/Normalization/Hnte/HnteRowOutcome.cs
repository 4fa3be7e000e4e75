using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>Either a record or the reasons there is none.</summary>
internal sealed record HnteRowOutcome(CertificationRecord? Record, IReadOnlyList<string> Reasons);
