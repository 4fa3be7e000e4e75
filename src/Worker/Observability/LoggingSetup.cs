using Microsoft.Extensions.Logging.Console;

namespace YuanlingTech.Worker.Observability;

/// <summary>
/// Console logging: readable single lines by default, JSON with <c>Logging:Console:FormatterName=json</c>; scopes are always
/// written, so every line of a sync carries its source and run id. Levels per category come from <c>Logging:LogLevel</c>.
/// </summary>
public static class LoggingSetup
{
    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        // The host builders bind Logging:Console before this runs, so these formatter settings win over configuration;
        // the formatter itself is left to Logging:Console:FormatterName (unset = simple).
        logging.Services.Configure<SimpleConsoleFormatterOptions>(console =>
        {
            console.IncludeScopes = true;
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        logging.Services.Configure<JsonConsoleFormatterOptions>(console =>
        {
            console.IncludeScopes = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz";
            console.UseUtcTimestamp = false;
        });
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddConsole();
    }
}
