
namespace YuanlingTech.Worker.Configuration;

/// <summary>
/// Configuration sources, lowest precedence first: appsettings/appsettings.json, the environment's
/// appsettings/appsettings.{Environment}.json, appsettings/targets.json, then environment variables (<c>Section__Key</c>).
/// The folder is <c>YUANLING_APPSETTINGS</c> when set, else the one next to the executable.
/// </summary>
public static class WorkerConfiguration
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("YUANLING_APPSETTINGS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "appsettings");

    public static void Apply(IConfigurationBuilder configuration, string environmentName, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        configuration.Sources.Clear();
        configuration
            .AddJsonFile(Path.Combine(Folder, "appsettings.json"), optional: false, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Folder, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Folder, "targets.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (overrides is not null)
        {
            configuration.AddInMemoryCollection(overrides);
        }
    }
}
