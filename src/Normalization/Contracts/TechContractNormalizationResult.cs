using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Contracts;

/// <summary>Clean contracts and rejected rows (with every reason) of one result table.</summary>
public sealed record TechContractNormalizationResult(
    IReadOnlyList<TechContractRecord> Records,
    IReadOnlyList<RejectedRecord> Rejects);
