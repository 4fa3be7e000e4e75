using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>The outcome of normalizing one HNTE list: clean records and rejected rows with their reasons.</summary>
public sealed record HnteNormalizationResult(
    IReadOnlyList<CertificationRecord> Records,
    IReadOnlyList<RejectedRecord> Rejects);
