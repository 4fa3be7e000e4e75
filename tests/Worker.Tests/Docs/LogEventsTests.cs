using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary>Every project under src logs through its own <c>Log.cs</c> of <c>[LoggerMessage]</c> events with ids of its own range.</summary>
public sealed partial class LogEventsTests
{
    // STYLE.md §7: Worker 1xxx, Connectors 2xxx, Storage 3xxx; Evaluation follows with 4xxx.
    private static readonly Dictionary<string, int> Thousands = new(StringComparer.Ordinal)
    {
        ["Worker"] = 1, ["Connectors"] = 2, ["Storage"] = 3, ["Evaluation"] = 4,
    };

    [Fact]
    public void EveryProjectThatLogs_HasOneLogCsAtItsRoot_AndNoAdHocLogCall()
    {
        var logging = new List<string>();
        foreach (var project in Projects())
        {
            var sources = SourceFiles(project).ToList();
            var logFiles = sources.Where(f => Path.GetFileName(f) == "Log.cs").Select(f => Path.GetRelativePath(project, f)).ToList();
            if (sources.Any(f => File.ReadAllText(f).Contains("ILogger", StringComparison.Ordinal)))
            {
                logging.Add(Path.GetFileName(project));
                Assert.Equal(["Log.cs"], logFiles);
            }
            else
            {
                Assert.Empty(logFiles);
            }

            foreach (var file in sources)
            {
                var text = File.ReadAllText(file);
                var where = Path.GetRelativePath(RepoFiles.Root, file);
                Assert.False(AdHocLogCall().IsMatch(text), $"{where}: logs ad hoc; declare the event in Log.cs");
                Assert.False(Path.GetFileName(file) != "Log.cs" && text.Contains("[LoggerMessage", StringComparison.Ordinal), $"{where}: declares a log event outside Log.cs");
            }
        }

        Assert.Equal(Thousands.Keys.Order(StringComparer.Ordinal), logging.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EventIds_AreUniqueAcrossTheSolution_AndInTheirProjectsRange()
    {
        var events = Thousands.Keys
            .SelectMany(project => EventsOf(project).Select(e => (Project: project, e.Method, e.Id)))
            .ToList();

        Assert.Contains(events, e => e is { Project: "Storage", Method: "RevocationBeforeIssue", Id: 3020 });
        foreach (var (project, method, id) in events)
        {
            Assert.True(id / 1000 == Thousands[project], $"{project} Log.{method}: event id {id} is outside {Thousands[project]}xxx");
        }

        var duplicates = events.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}");
        Assert.Empty(duplicates);
    }

    private static List<(string Method, int Id)> EventsOf(string project)
    {
        var log = Assembly.Load("YuanlingTech." + project).GetType($"YuanlingTech.{project}.Log", throwOnError: true)!;
        var events = log.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Select(m => (m.Name, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .Select(m => (Method: m.Name, Id: m.Attribute!.EventId))
            .ToList();
        Assert.NotEmpty(events);
        return events;
    }

    private static IEnumerable<string> Projects() =>
        Directory.GetDirectories(Path.Combine(RepoFiles.Root, "src")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0);

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    [GeneratedRegex(@"\.(Log(Trace|Debug|Information|Warning|Error|Critical)?|BeginScope)\(")]
    private static partial Regex AdHocLogCall();
}
