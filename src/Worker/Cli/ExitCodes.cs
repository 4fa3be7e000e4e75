
namespace YuanlingTech.Worker.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Another process holds the source's run lock (EX_TEMPFAIL).</summary>
    public const int Busy = 75;
}
