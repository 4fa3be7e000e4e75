using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Storage.Loading;

/// <summary>What a <see cref="RecordLoadBisector"/> loaded, and the rows the database refused one by one.</summary>
public sealed record BisectedLoad(LoadResult Loaded, IReadOnlyList<RejectedRecord> Refused);
