using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Tests.Hosting;

public sealed class WorkerHostTests
{
    private const string AnyServer = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";

    [Fact]
    public async Task BuildServer_ResolvesEveryServiceAndJob_WhenConfigurationIsValid()
    {
        await using var app = WorkerHost.BuildServer(new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer });

        Assert.NotNull(app.Services.GetRequiredService<Jobs.SourceSyncJob>());
        Assert.Contains("kjt-hnte", app.Services.GetRequiredService<YuanlingTech.Worker.Sync.SourceSyncService>().SourceIds);
    }

    [Theory]
    [InlineData("Sources:kjt-hnte:TimeoutSeconds", "0")]
    [InlineData("Sources:kjt-hnte:ListUrl", "")]
    [InlineData("Worker:TimeZone", "Mars/Olympus")]
    [InlineData("Worker:HangfireWorkerCount", "0")]
    [InlineData("Targets:Items:0:Metric", "contracts.volume")]
    [InlineData("Targets:Items:1:Region", "999999")]
    [InlineData("Notifications:Format", "telegram")]
    public void BuildTool_FailsNamingTheKey_WhenAValueIsWrong(string key, string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, [key] = value }, quiet: true));

        Assert.Contains(key, string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildTool_FailsNamingTheConnectionString_WhenItIsMissing()
    {
        var ex = Assert.Throws<OptionsConfigurationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = "" }, quiet: true));

        Assert.Contains("ConnectionStrings:Warehouse", ex.Message, StringComparison.Ordinal);
    }
}
