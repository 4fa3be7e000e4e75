using System.Diagnostics;

namespace YuanlingTech.Worker.Tests.Infrastructure;

/// <summary>How a test starts the real worker executable: its dll beside the tests, configuration as environment variables.</summary>
public static class WorkerExecutable
{
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> configuration, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "YuanlingTech.Worker.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("YUANLING_APPSETTINGS");
        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
