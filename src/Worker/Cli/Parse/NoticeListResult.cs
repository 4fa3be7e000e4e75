using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Worker.Cli.Parse;

/// <summary>A list article's context (kind, batch, publication date), where its table was, its rows and what they normalize to.</summary>
public sealed record NoticeListResult(object Context, Uri TableUrl, int Rows, IReadOnlyList<CertificationRecord> Records, IReadOnlyList<RejectedRecord> Rejects);
