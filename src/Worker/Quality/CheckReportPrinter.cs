using YuanlingTech.Storage.Quality;

namespace YuanlingTech.Worker.Quality;

/// <summary>Prints a check run as a table: status, severity, rows found, check name; then each finding's sample.</summary>
public static class CheckReportPrinter
{
    public static async Task PrintAsync(CheckRunReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"check run {report.RunId}: {report.Status} — {report.Passed} passed, {report.Warned} warned, {report.Failed} failed");
        await output.WriteLineAsync($"{"status",-6} {"level",-5} {"rows",8}  check");
        foreach (var outcome in report.Outcomes)
        {
            var level = outcome.Check.Severity == CheckSeverity.Error ? "error" : "warn";
            await output.WriteLineAsync($"{outcome.Status.ToUpperInvariant(),-6} {level,-5} {outcome.FailingRows,8}  {outcome.Check.Name}");
        }

        foreach (var outcome in report.Outcomes.Where(o => o.Status != CheckOutcome.Pass))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{outcome.Status.ToUpperInvariant()} {outcome.Check.Name}: {outcome.Check.Description}");
            await output.WriteLineAsync($"  {outcome.FailingRows} rows; first: {outcome.Sample}");
        }
    }
}
