
namespace YuanlingTech.Connectors.Documents.Paging;

/// <summary>A list page's result counter (共 N 条记录，共 M 页，当前第 x 页 and the like); a part the wording lacks is null.</summary>
public sealed record ResultCounter(int? Total, int? Pages, int? Current);
