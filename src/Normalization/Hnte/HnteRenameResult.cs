using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Normalization.Hnte;

/// <summary>The outcome of normalizing one rename list.</summary>
public sealed record HnteRenameResult(IReadOnlyList<HnteRenameRecord> Records, IReadOnlyList<RejectedRecord> Rejects);
