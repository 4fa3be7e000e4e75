namespace YuanlingTech.Bench;

/// <summary>One run of the worker executable: exit code, wall time and peak resident set (VmHWM).</summary>
internal sealed record WorkerRun(int ExitCode, TimeSpan Wall, long PeakRssBytes)
{
    public double PeakRssMb => PeakRssBytes / (1024.0 * 1024.0);
}
