namespace YuanlingTech.Storage.Quality;

/// <summary>What one check found: pass, warn (a warn-level check with findings) or fail (an error-level one, or a broken query).</summary>
/// <param name="Check">The declared check.</param>
/// <param name="Status">pass, warn or fail.</param>
/// <param name="FailingRows">Rows the check's query returned.</param>
/// <param name="Sample">Up to five of them as a JSON array, or the database error when the query itself failed.</param>
/// <param name="Duration">Time the query took.</param>
public sealed record CheckOutcome(DataQualityCheck Check, string Status, long FailingRows, string? Sample, TimeSpan Duration)
{
    public const string Pass = "pass";
    public const string Warn = "warn";
    public const string Fail = "fail";

    /// <summary>Every status (<c>ingest.check_result.status</c>; its check constraint is built from it).</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Pass, Warn, Fail];

    /// <summary>Every stored severity (<c>ingest.check_result.severity</c>; its check constraint is built from it).</summary>
    public static IReadOnlyList<string> Severities { get; } = [SeverityCode(CheckSeverity.Error), SeverityCode(CheckSeverity.Warn)];

    /// <summary>How a severity is stored: <c>error</c> or <c>warn</c>.</summary>
    public static string SeverityCode(CheckSeverity severity) => severity == CheckSeverity.Error ? "error" : "warn";
}
