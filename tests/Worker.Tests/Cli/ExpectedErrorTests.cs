using System.Diagnostics;
using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Cli;

/// <summary>Errors a person can fix print one line naming the key or path — no stack trace — with the documented exit code.</summary>
public sealed class ExpectedErrorTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=postgres;Database=yuanling;Timeout=3";

    public static TheoryData<string, string[], string, int, string> Cases => new()
    {
        { "Sources:kjt-hnte:TimeoutSeconds", ["summary"], "abc", ExitCodes.Usage, "'Sources:kjt-hnte:TimeoutSeconds'" },
        { "ConnectionStrings:Warehouse", ["summary"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["migrate"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["sync", "kjt-hnte"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["run", "--once"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["evaluate"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["rejects"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["review", "--year", "2025"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["check"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
        { "ConnectionStrings:Warehouse", ["report", "--year", "2026", "--out", "yt-unreachable.xlsx"], Unreachable, ExitCodes.Failed, "the warehouse database is unreachable" },
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
    }
}
