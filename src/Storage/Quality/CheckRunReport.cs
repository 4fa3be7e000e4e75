namespace YuanlingTech.Storage.Quality;

/// <summary>One run of the catalog, as stored in <c>ingest.check_run</c> and <c>ingest.check_result</c>.</summary>
public sealed record CheckRunReport(long RunId, DateTimeOffset StartedAt, IReadOnlyList<CheckOutcome> Outcomes)
{
    public const string RunPassed = "passed";
    public const string RunWarned = "warned";
    public const string RunFailed = "failed";

    /// <summary>Every run status (<c>ingest.check_run.status</c>; its check constraint is built from it).</summary>
    public static IReadOnlyList<string> Statuses { get; } = [RunPassed, RunWarned, RunFailed];

    public int Passed => Outcomes.Count(o => o.Status == CheckOutcome.Pass);

    public int Warned => Outcomes.Count(o => o.Status == CheckOutcome.Warn);

    public int Failed => Outcomes.Count(o => o.Status == CheckOutcome.Fail);

    /// <summary>failed when any error-level check failed, warned when only warnings were found, else passed.</summary>
    public string Status => Failed > 0 ? RunFailed : Warned > 0 ? RunWarned : RunPassed;
}
