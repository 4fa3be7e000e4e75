using Microsoft.Extensions.Options;

namespace YuanlingTech.Worker.Security;

/// <summary>Registers the cross-section configuration checks so every verb fails at start-up on a bad key.</summary>
public static class ConfigurationChecksRegistration
{
    public static IServiceCollection AddConfigurationChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConfigurationChecks>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConfigurationChecks>>(
            sp => new ConfigurationChecksValidator(configuration, sp.GetServices<YuanlingTech.Connectors.Abstractions.ISourceConnector>()));
        return services;
    }
}
