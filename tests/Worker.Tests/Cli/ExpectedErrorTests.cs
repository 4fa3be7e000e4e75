using System.Diagnostics;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Cli;

/// <summary>Errors a person can fix print one line naming the key or path — no stack trace — with the documented exit code.</summary>
public sealed class ExpectedErrorTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Password=yt-not-to-be-printed;Database=yuanling;Timeout=3";
    private const string NamedUnreachable = "the warehouse database is unreachable (Host=127.0.0.1;Port=1;Database=yuanling): ";

    public static TheoryData<string, string[], string, int, string> Cases => new()
    {
        { "Sources:kjt-hnte:TimeoutSeconds", ["summary"], "abc", ExitCodes.Usage, "'Sources:kjt-hnte:TimeoutSeconds'" },
        { "ConnectionStrings:Warehouse", ["summary"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["migrate"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["sync", "kjt-hnte"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["run", "--once"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["evaluate"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["rejects"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["review", "--year", "2025"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["check"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["report", "--year", "2026", "--out", "yt-unreachable.xlsx"], Unreachable, ExitCodes.Failed, NamedUnreachable },
        { "ConnectionStrings:Warehouse", ["report", "--year", "2026", "--out", "/nonexistent-yt-folder/r.xlsx"], Unreachable, ExitCodes.Usage, "'/nonexistent-yt-folder' does not exist" },
        { "ConnectionStrings:Warehouse", ["parse", "--source", "kjt-hnte", "/nonexistent-yt-folder/page.html"], Unreachable, ExitCodes.Usage, "/nonexistent-yt-folder/page.html" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Verb_PrintsOneLineNamingTheProblem_WithoutAStackTrace(string key, string[] arguments, string value, int exit, string named)
    {
        var ct = TestContext.Current.CancellationToken;
        var configuration = new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = Unreachable, [key] = value };
        using var process = Process.Start(WorkerExecutable.StartInfo(configuration, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(process.ExitCode == exit, $"exit {process.ExitCode}: {error}{await output}");
        Assert.Contains(named, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("yt-not-to-be-printed", error, StringComparison.Ordinal);
    }
}
