namespace YuanlingTech.Storage.Ingest;

/// <summary>
/// One source's health as <c>ingest.source_state</c> and its latest failed run record it: every failed attempt is a
/// failed run, so a failure shows here as soon as the attempt ends, while Hangfire still retries it.
/// </summary>
public sealed record SourceHealth(
    string SourceId,
    DateTimeOffset? LastSuccessAt,
    int ConsecutiveFailures,
    long? LastFailedRunId,
    DateTimeOffset? LastFailureAt,
    string? LastError)
{
    /// <summary>The latest run failed: no success since the last failure.</summary>
    public bool Failing => ConsecutiveFailures > 0;

    /// <summary>The URLs the failure message names (the documents that failed).</summary>
    public IReadOnlyList<string> FailureUrls => ErrorUrls.Find(LastError);
}
