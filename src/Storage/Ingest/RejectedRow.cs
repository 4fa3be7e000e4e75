namespace YuanlingTech.Storage.Ingest;

/// <summary>One row of <c>report.rejected_records</c>: where it came from, why it was rejected, its raw values as JSON.</summary>
public sealed record RejectedRow(string SourceId, long? SyncRunId, string DocumentUrl, int RowNumber, string Reason, string RawValuesJson);
