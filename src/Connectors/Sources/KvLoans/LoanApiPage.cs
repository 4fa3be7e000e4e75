using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>One page of the loans API: the total the query matches and this page's items as raw records.</summary>
public sealed record LoanApiPage(int Total, int Page, int Size, IReadOnlyList<RawRecord> Items);
