using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Manual;

/// <summary>One file's clean records and its bad rows with every reason; a file loads only when there are no rejects.</summary>
public sealed record ManualNormalizationResult<TRecord>(IReadOnlyList<TRecord> Records, IReadOnlyList<RejectedRecord> Rejects);
