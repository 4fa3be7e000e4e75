namespace YuanlingTech.PortalSimulator;

/// <param name="DocumentUrl">Absolute URL of the article or xlsx attachment holding the row.</param>
/// <param name="RowNumber">1-based data row index (the first row after the header is 1).</param>
/// <param name="Reason"><c>name</c>, <c>certificate_no</c>, <c>issue_date</c> or <c>region</c>.</param>
public sealed record RejectTruth(string DocumentUrl, int RowNumber, string Reason);
