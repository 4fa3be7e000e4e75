using System.Text.Json;
using YuanlingTech.PortalSimulator;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Observability;

/// <summary>The worker executable with <c>Logging:Console:FormatterName=json</c>: a fresh database's migration and a sync.</summary>
public sealed class JsonLogsTests
{
    [Fact]
    public async Task Sync_WritesEveryLogLineAsJson_WithSourceAndRunIdInTheScopes_WhenTheJsonFormatterIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("jsonlogs", ct);
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Scale = 0.01 }, ct);
        var settings = ObservabilityHost.Settings(database, simulator, ObservabilityHost.Hnte);
        settings["Logging:Console:FormatterName"] = "json";
        settings["Logging:LogLevel:YuanlingTech"] = "Debug";

        using var migrate = await WorkerChild.RunAsync(settings, TimeSpan.FromMinutes(2), ct, "migrate");
        using var sync = await WorkerChild.RunAsync(settings, TimeSpan.FromMinutes(3), ct, "sync", ObservabilityHost.Hnte);

        Assert.True(migrate.ExitCode == 0, migrate.Tail());
        Assert.True(sync.ExitCode == 0, sync.Tail());
        var migrateLines = Parse(migrate.Stderr);
        Assert.Contains(migrateLines, l => l.GetProperty("Category").GetString() == "YuanlingTech.Storage.DatabaseMigrator");
        // A fresh database used to log EF's failed query of the missing history table at Error level.
        Assert.DoesNotContain(migrateLines, l => l.GetProperty("LogLevel").GetString() is "Error" or "Critical");
        var lines = Parse(sync.Stderr);
        var start = lines.FindIndex(l => l.GetProperty("Message").GetString()!.Contains("started (cli)", StringComparison.Ordinal));
        var end = lines.FindIndex(l => l.GetProperty("Message").GetString()!.Contains("succeeded: documents fetched", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start + 1, sync.Tail());
        var runId = lines[start].GetProperty("State").GetProperty("RunId").GetRawText();
        foreach (var line in lines[start..(end + 1)])
        {
            var scope = line.GetProperty("Scopes").EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("RunId", out _)).ToList();
            Assert.True(scope.Count == 1, $"no run scope on {line}");
            Assert.Equal(ObservabilityHost.Hnte, scope[0].GetProperty("SourceId").GetString());
            Assert.Equal(runId, scope[0].GetProperty("RunId").GetRawText());
        }

        Assert.Contains(lines[start..end], l => l.GetProperty("Message").GetString()!.Contains(" articles; ", StringComparison.Ordinal));
    }

    /// <summary>Every non-empty line as a JSON object; a line that is not JSON fails the test.</summary>
    private static List<JsonElement> Parse(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            try
            {
                return JsonDocument.Parse(line).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new Xunit.Sdk.XunitException($"log line is not JSON ({ex.Message}): {line}");
            }
        })];
}
