using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Reliability.Tests.Crashes;

/// <summary>Configuration of a worker child process for the crash tests.</summary>
public static class CrashSettings
{
    public const string Hnte = "kjt-hnte";

    private static readonly string[] AllSources = ["kjt-hnte", "kjt-techsme", "market-contracts", "kv-loans", "manual"];

    /// <summary>
    /// Every source pointed at the simulator, only <paramref name="enabledSource"/> enabled (no other recurring job fires
    /// mid-test), the dashboard on a free port, and a 10 s invisibility timeout so a killed worker's job comes back quickly.
    /// </summary>
    public static Dictionary<string, string?> For(TestDatabase database, SimulatorHost simulator, string enabledSource, string serverName)
    {
        var settings = WorkerTestHost.Overrides(database, simulator);
        foreach (var source in AllSources.Where(s => s != enabledSource))
        {
            settings[$"Sources:{source}:Enabled"] = "false";
        }

        settings["Worker:Urls"] = "http://127.0.0.1:0";
        settings["Worker:ServerName"] = serverName;
        settings["Worker:InvisibilityTimeoutSeconds"] = "10";
        settings["Logging:LogLevel:Default"] = "Information";
        return settings;
    }
}
