using Hangfire;
using Hangfire.PostgreSql;

namespace YuanlingTech.Worker.Hosting;

/// <summary>Hangfire storage in the warehouse database's own <c>hangfire</c> schema, and the server.</summary>
public static class HangfireSetup
{
    public static IServiceCollection AddYuanlingHangfire(this IServiceCollection services, string connectionString, WorkerOptions options)
    {
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                bootstrap => bootstrap.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    // Long syncs would otherwise be handed to a second worker after 30 minutes.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    QueuePollInterval = TimeSpan.FromSeconds(2),
                }));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.HangfireWorkerCount;
            server.ServerName = options.ServerName ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            server.ShutdownTimeout = TimeSpan.FromSeconds(20);
        });
        // The host must wait longer than Hangfire does, or job cancellation tokens never get their chance.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return services;
    }
}
