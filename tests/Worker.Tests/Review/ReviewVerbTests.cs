using YuanlingTech.Worker.Cli;

namespace YuanlingTech.Worker.Tests.Review;

/// <summary>The review verb's usage errors, answered before any database is touched.</summary>
public sealed class ReviewVerbTests
{
    [Theory]
    [InlineData(new[] { "review", "--year", "2025", "--region", "999999" }, "error: unknown region '999999'")]
    [InlineData(new[] { "review", "--region", "431222" }, "error: review needs --year")]
    [InlineData(new[] { "review", "--year", "twenty" }, "error: --year 'twenty' is not a year")]
    public async Task Review_FailsWithUsage_WhenTheRegionOrYearIsWrong(string[] args, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApplication.RunAsync(args, output, error);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: YuanlingTech.Worker review --year <y> [--region code] [--explain]", error.ToString(), StringComparison.Ordinal);
    }
}
