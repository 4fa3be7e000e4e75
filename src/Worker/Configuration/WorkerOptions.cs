using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Worker.Configuration;

/// <summary>How the worker process runs; bound from <c>Worker</c>.</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Where the dashboard and health endpoints listen.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5090";

    /// <summary>
    /// Host names (or IPs) the server answers, separated by <c>;</c>; <c>*.example.org</c> allows subdomains, <c>*</c> any host.
    /// Empty: the hosts of <see cref="Urls"/>, with localhost, 127.0.0.1 and [::1] when those are loopback; with
    /// 0.0.0.0 or [::] also the machine name and any IP address. Behind a reverse proxy, the public name.
    /// </summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Apply pending migrations when the server starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Hangfire workers in this process; each holds a database connection while polling.</summary>
    [Range(1, 32)]
    public int HangfireWorkerCount { get; set; } = 2;

    /// <summary>Path of the Hangfire dashboard.</summary>
    [Required]
    [RegularExpression("^/[A-Za-z0-9/_-]*$")]
    public string DashboardPath { get; set; } = "/hangfire";

    /// <summary>Time zone of the recurring jobs' cron expressions and of every time the dashboard shows (IANA id).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Language of the dashboard, Hangfire's own screens included: <c>zh-CN</c> or <c>en-US</c>.</summary>
    [Required]
    public string Culture { get; set; } = "zh-CN";

    /// <summary>
    /// Attempts of one sync job before it is left in the Failed list; also counts attempts that crashed the process.
    /// </summary>
    [Range(1, 20)]
    public int MaxSyncAttempts { get; set; } = 4;

    /// <summary>
    /// Seconds after which a job whose worker stopped sending heartbeats (the process died) is handed to another worker;
    /// the heartbeat slides it while the job runs, so long syncs are not affected.
    /// </summary>
    [Range(5, 3600)]
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>Cron of the daily target evaluation (it also runs after every successful sync).</summary>
    [Required]
    public string EvaluateCron { get; set; } = "0 8 * * *";

    /// <summary>Cron of the data-quality check run (the job fails when an error-level check fails).</summary>
    [Required]
    public string CheckCron { get; set; } = "30 8 * * *";

    /// <summary>
    /// Seconds <c>run</c> waits on SIGTERM or Ctrl-C for running jobs to stop through their cancellation tokens (Hangfire gets
    /// two thirds of it); a cancelled sync resumes from its last committed document on the next run.
    /// </summary>
    [Range(3, 3600)]
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Records a sync gathers from several documents before loading them in one go (one staging, one merge, one commit);
    /// the batch is written while the next one is parsed, so memory holds at most two.
    /// </summary>
    [Range(1, 1_000_000)]
    public int LoadBatchRecords { get; set; } = 10_000;

    /// <summary>Document bytes (archive copies) a batch gathers before it is written, whatever its record count.</summary>
    [Range(1, 1024)]
    public int LoadBatchMegabytes { get; set; } = 8;

    /// <summary>
    /// Sources <c>sync all</c> and <c>run --once</c> run side by side. Their loads' fact phases share PostgreSQL's cores
    /// (see <c>EnterpriseLinkLock</c>); each running source holds its own batches and documents in memory.
    /// </summary>
    [Range(1, 16)]
    public int ParallelSources { get; set; } = 2;

    /// <summary>Server name shown on the dashboard; defaults to machine name and process id.</summary>
    public string? ServerName { get; set; }
}
