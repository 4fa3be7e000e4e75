using System.Diagnostics;
using YuanlingTech.Worker.Cli;

namespace YuanlingTech.Worker.Tests.Docs;

/// <summary><c>--help</c> of the executable and of every verb, and usage errors naming the offending option.</summary>
public sealed class CliHelpTests
{
    public static TheoryData<string> VerbNames => ["run", "migrate", "sync", "parse", "summary", "evaluate", "rejects", "report", "review", "check"];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_PrintsEveryVerbAndTheExitCodes_ForTheExecutable(string argument)
    {
        var (exit, output, error) = await RunAsync(argument);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("usage: YuanlingTech.Worker [verb] [options]", output, StringComparison.Ordinal);
        foreach (var verb in VerbNames)
        {
            Assert.Contains(Environment.NewLine + "  " + (verb == "run" ? "[run]" : verb), output, StringComparison.Ordinal);
        }

        Assert.Contains("0 ok, 1 failed, 2 usage or configuration error, 75 busy", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task Help_PrintsTheVerbsUsageOptionsAndExitCodes_ForEveryVerb(string verb)
    {
        var help = VerbCatalog.Find(verb);
        Assert.NotNull(help);

        foreach (var args in new[] { new[] { verb, "--help" }, [verb, "-h"], ["help", verb] })
        {
            var (exit, output, error) = await RunAsync(args);

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal("", error);
            Assert.StartsWith("usage: YuanlingTech.Worker " + help.Synopsis, output, StringComparison.Ordinal);
            Assert.All(help.Options, o => Assert.Contains("--" + o.Name, output, StringComparison.Ordinal));
            Assert.Contains("exit codes:", output, StringComparison.Ordinal);
            Assert.Contains($"{Environment.NewLine}  0 ", output, StringComparison.Ordinal);
            Assert.Contains($"{Environment.NewLine}  2 ", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public async Task UnknownOption_FailsWithUsageNamingTheOption_ForEveryVerb(string verb)
    {
        var (exit, output, error) = await RunAsync(verb, "--frobnicate", "1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: unknown option '--frobnicate' for '{verb}'", error, StringComparison.Ordinal);
        Assert.Contains("usage: YuanlingTech.Worker " + VerbCatalog.Find(verb)!.Synopsis, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithUsage_NamingTheVerb()
    {
        var (exit, _, error) = await RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("error: unknown verb 'frobnicate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExitsZeroFromTheExecutable_ForAVerb()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "YuanlingTech.Worker.dll"));
        start.ArgumentList.Add("sync");
        start.ArgumentList.Add("--help");
        // No connection string: help must not need configuration.
        start.Environment["ConnectionStrings__Warehouse"] = "";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        Assert.Equal(ExitCodes.Success, process.ExitCode);
        Assert.StartsWith("usage: YuanlingTech.Worker sync <source>|all", output, StringComparison.Ordinal);
        Assert.Contains("75 ", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
