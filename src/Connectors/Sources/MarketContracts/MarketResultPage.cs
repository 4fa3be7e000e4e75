using YuanlingTech.Normalization.Records;

namespace YuanlingTech.Connectors.Sources.MarketContracts;

/// <summary>One result page: its "共 N 条 第 x/y 页" counter and the rows of its table.</summary>
public sealed record MarketResultPage(int Total, int Page, int Pages, IReadOnlyList<RawRecord> Rows);
