namespace YuanlingTech.Storage.Quality;

/// <summary>A row of <c>ingest.check_run</c>.</summary>
public sealed record StoredCheckRun(long Id, string Trigger, DateTimeOffset StartedAt, string Status, int Passed, int Warned, int Failed);
