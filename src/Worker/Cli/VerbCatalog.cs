using YuanlingTech.Normalization.Sources;

namespace YuanlingTech.Worker.Cli;

/// <summary>Every verb of the executable with its help; the parser's flags and the unknown-option check come from here.</summary>
public static class VerbCatalog
{
    private static readonly (int, string) Ok = (ExitCodes.Success, "done");
    private static readonly (int, string) Usage = (ExitCodes.Usage, "usage error (unknown verb or option, bad argument) or configuration error (names the key)");
    private static readonly (int, string) Crashed = (ExitCodes.Failed, "failed (the message says why: database unreachable, …)");

    public static IReadOnlyList<VerbHelp> Verbs { get; } =
    [
        new("run", "[run] [--first-sync] [--once]",
            "server + dashboard + health endpoints (default verb); --once: sync everything and exit",
            """
            Runs the Hangfire server with the dashboard (Worker:DashboardPath) and /health/live, /health/ready on
            Worker:Urls until stopped (Ctrl-C or SIGTERM); applies migrations first when Worker:MigrateOnStartup.
            While the database is unreachable it prints one line every 5 s and starts once it answers.
            Recurring jobs: sync:<source> per enabled source, evaluate-targets, check-warehouse.
            """,
            [
                new("first-sync", null, "enqueue a sync of every enabled source at start and print the summary when done"),
                new("once", null, "no server: migrate, sync every enabled source, print the summary and target table, exit"),
            ],
            [(ExitCodes.Success, "stopped cleanly; with --once: every source succeeded"), (ExitCodes.Failed, "with --once: a source failed; or start-up failed"), Usage, (ExitCodes.Busy, "with --once: another process held a source's run lock")]),
        new("migrate", "migrate",
            "create the database when missing, apply migrations, exit",
            "Creates the database when missing and applies the pending EF Core migrations, then exits.",
            [],
            [Ok, Crashed, Usage]),
        new("sync", "sync <source>|all",
            "one-shot sync of a source or of all enabled sources",
            $"""
            One-shot sync of one source ({SourceRegistry.Ids}) or of every enabled source, in this
            process (all: the sources in this order, Worker:ParallelSources at a time); prints each run's counts.
            """,
            [],
            [(ExitCodes.Success, "every run succeeded"), (ExitCodes.Failed, "a run failed (its URL and problem are printed)"), Usage, (ExitCodes.Busy, "another run of the source holds its lock; nothing done")]),
        new("parse", "parse --source <id> <file-or-url> [--charset c] [--item-selector css] [--title t] [--published yyyy-MM-dd]",
            "print what a saved page or file yields (JSON lines); no database",
            $"""
            Prints what a saved page or file (or a URL) yields, as JSON lines: record and reject lines for a list
            article, a result page, an API page or an xlsx/csv file; notice, pagination and next-page lines for a
            notices list page (a page is a list page when --item-selector is given or the configured selector finds
            notices). Touches no database and moves no file. Use it to adapt a source to a changed portal
            (docs/portals.md). What each source reads:
            {ParseHelp.Inputs()}
            """,
            [
                new("source", "id", string.Join(", ", ParseHelp.Sources())),
                new("charset", "name", "decode with this charset (e.g. gb18030) instead of detecting it"),
                new("item-selector", "css", "treat the page as a notices list page and select one notice with this CSS (default: the source's ItemSelector, ul.list li)"),
                new("title", "text", "an xlsx list file given alone: the article title that classifies it (default: the file name)"),
                new("published", "yyyy-MM-dd", "an xlsx list file given alone: the publication date (default: the file's date)"),
            ],
            [(ExitCodes.Success, "parsed"), (ExitCodes.Failed, "the page or file cannot be read or its layout does not match (one line naming it and what is missing)"), Usage]),
        new("summary", "summary",
            "print the one-screen warehouse summary",
            "Prints the one-screen warehouse summary: sources, last runs, record counts.",
            [],
            [Ok, Crashed, Usage]),
        new("evaluate", "evaluate [--date yyyy-MM-dd] [--region code]",
            "evaluate every target and print the target table",
            "Evaluates every target (stored with history, worklists rebuilt) and prints the target table.",
            [
                new("date", "yyyy-MM-dd", "evaluate as of this day (default: today in China time)"),
                new("region", "code", "print only this region's targets (e.g. 431222)"),
            ],
            [Ok, Crashed, Usage]),
        new("rejects", "rejects [--source id] [--run id] [--rows]",
            "rejected rows by source and reason; --rows lists each",
            "Rejected source rows by source and reason (report.rejected_records).",
            [
                new("source", "id", "only this source"),
                new("run", "id", "only this sync run (ingest.sync_run id)"),
                new("rows", null, "list every rejected row with its document, row number, reason and raw values"),
            ],
            [Ok, Crashed, Usage]),
        new("report", "report --year <y> --out <file.xlsx> [--region code]",
            "xlsx for the bureau: summary, worklists, charts",
            "Writes the targets workbook: summary sheet, one sheet per worklist, cumulative actual-vs-expected charts.",
            [
                new("year", "y", "the target year (required)"),
                new("out", "file.xlsx", "where to write the workbook (required)"),
                new("region", "code", "region of the report (default 431222)"),
            ],
            [Ok, Crashed, Usage]),
        new("review", "review --year <y> [--region code] [--explain]",
            "the year in review: year-end figures vs the year before and the 十四五 start, in the work summary's words",
            """
            Prints how the year ended for the figures the county's work summary reports: a paragraph in the summary's
            phrasing and a table of each figure at 31 December (flows: the year's total), against the year before and
            against the start of the 14th five-year plan (the mean of 2020 and 2021; docs/metrics.md). Reads only.
            A year without data says so in one line (exit 0).
            """,
            [
                new("year", "y", "the year to review (required)"),
                new("region", "code", "region of the review (default 431222)"),
                new("explain", null, "list each figure's documents: URL, row numbers and number of rows"),
            ],
            [(ExitCodes.Success, "printed (also for a year without data)"), Crashed, (ExitCodes.Usage, "usage error (missing --year, unknown region or option) or configuration error")]),
        new("check", "check",
            "run the data-quality checks; exit 1 when an error-level check fails",
            "Runs every data-quality check (docs/data-quality.md), stores the results with history and prints them.",
            [],
            [(ExitCodes.Success, "no error-level check failed"), (ExitCodes.Failed, "an error-level check failed (or the run failed)"), Usage]),
    ];

    /// <summary>Options that take no value, whatever the verb.</summary>
    public static IReadOnlySet<string> Flags { get; } =
        Verbs.SelectMany(v => v.Options).Where(o => o.Value is null).Select(o => o.Name).Append("help").ToHashSet(StringComparer.Ordinal);

    public static VerbHelp? Find(string verb) => Verbs.FirstOrDefault(v => v.Name == verb);

    public static string Overview()
    {
        var lines = Verbs.Select(v => $"  {v.Synopsis}{Environment.NewLine}        {v.Summary}");
        return $"""
            YuanlingTech worker: syncs the provincial sources into the warehouse, evaluates targets, serves the dashboard

            usage: YuanlingTech.Worker [verb] [options]      (no verb = run)
            {string.Join(Environment.NewLine, lines)}

            YuanlingTech.Worker <verb> --help   prints the verb's options and exit codes.
            exit codes: 0 ok, 1 failed, 2 usage or configuration error, 75 busy (another run holds the source's lock)
            configuration: appsettings/appsettings*.json, then environment variables (Section__Key); see docs/configuration.md
            """;
    }
}
