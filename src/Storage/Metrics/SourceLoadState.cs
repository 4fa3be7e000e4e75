namespace YuanlingTech.Storage.Metrics;

/// <summary>
/// When a source last loaded: its last successful run, and its last failed run that still loaded documents (a run
/// that failed on one document loads every other one). <c>PartialError</c> is that run's error (it names the failing
/// URLs) when it is later than the last success.
/// </summary>
public sealed record SourceLoadState(string SourceId, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastPartialAt, string? PartialError)
{
    /// <summary>The last time anything of the source loaded: the base of its freshness.</summary>
    public DateTimeOffset? LastLoadAt => LastPartialAt > LastSuccessAt || LastSuccessAt is null ? LastPartialAt : LastSuccessAt;

    /// <summary>The latest run failed on some documents after loading others.</summary>
    public bool PartlyFailed => PartialError is not null;
}
