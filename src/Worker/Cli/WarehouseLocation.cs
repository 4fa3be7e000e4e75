using YuanlingTech.Storage.Database;
using YuanlingTech.Worker.Configuration;

namespace YuanlingTech.Worker.Cli;

/// <summary>Where <c>ConnectionStrings:Warehouse</c> points (host, port, database; never the password), for error lines.</summary>
public static class WarehouseLocation
{
    /// <summary>Null when the configuration cannot be read or has no valid connection string.</summary>
    public static string? TryDescribe()
    {
        try
        {
            var configuration = new ConfigurationManager();
            var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                              ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                              ?? "Production";
            WorkerConfiguration.Apply(configuration, environment);
            return WarehouseConnectionString.Describe(WarehouseConnection.Read(configuration));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or OptionsConfigurationException or FormatException)
        {
            return null;
        }
    }
}
