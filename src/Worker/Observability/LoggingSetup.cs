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
        // Defaults registered before AddConsole, whose configuration binding (Logging:Console:FormatterOptions) then overrides them.
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
        logging.Services.Configure<ConsoleLoggerOptions>(console =>
        {
            console.FormatterName = ConsoleFormatterNames.Simple;
            console.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsole();
    }
}
