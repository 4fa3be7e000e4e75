using YuanlingTech.Storage.Database;

namespace YuanlingTech.Worker.Configuration;

/// <summary>Reads and checks <c>ConnectionStrings:Warehouse</c>; messages never echo the secret.</summary>
public static class WarehouseConnection
{
    public const string Key = "ConnectionStrings:Warehouse";

    public static string Read(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new OptionsConfigurationException(
                $"{Key} is not set. Set it in appsettings/appsettings.json or the environment variable ConnectionStrings__Warehouse (./run.sh starts a private PostgreSQL and sets it for you).");
        }

        try
        {
            WarehouseConnectionString.EnsureValid(value);
        }
        catch (ArgumentException ex)
        {
            throw new OptionsConfigurationException($"{Key} is not a valid PostgreSQL connection string: {ex.Message}");
        }

        return value;
    }
}
