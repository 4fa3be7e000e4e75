using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.TechSme;

/// <summary>The outcome of normalizing one tech-SME list: clean records and rejected rows with their reasons.</summary>
public sealed record TechSmeNormalizationResult(
    IReadOnlyList<CertificationRecord> Records,
    IReadOnlyList<RejectedRecord> Rejects);
