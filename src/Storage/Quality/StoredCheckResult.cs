namespace YuanlingTech.Storage.Quality;

/// <summary>A row of <c>ingest.check_result</c>.</summary>
public sealed record StoredCheckResult(
    string CheckName, string Category, string Severity, string Status, long FailingRows, string? Sample, string Description);
