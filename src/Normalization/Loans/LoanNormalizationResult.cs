using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Loans;

public sealed record LoanNormalizationResult(IReadOnlyList<LoanRecord> Records, IReadOnlyList<RejectedRecord> Rejects);
