using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>Sources:&lt;id&gt;:MaxHtmlDepth binds per source, defaults to 512 and refuses values outside 32–1,000,000 at start-up.</summary>
public sealed class MaxHtmlDepthOptionsTests
{
    private const string AnyServer = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    [InlineData("1000001")]
    public void BuildTool_FailsNamingTheKey_WhenMaxHtmlDepthIsOutOfRange(string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, ["Sources:market-contracts:MaxHtmlDepth"] = value }, quiet: true));

        Assert.Contains("Sources:market-contracts:MaxHtmlDepth", string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildTool_BindsMaxHtmlDepthPerSource_WithTheDefaultElsewhere()
    {
        using var host = WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, ["Sources:kjt-hnte:MaxHtmlDepth"] = "2000" }, quiet: true);

        var options = host.Services.GetRequiredService<IOptionsMonitor<SourceOptions>>();
        Assert.Equal(2000, options.Get("kjt-hnte").MaxHtmlDepth);
        Assert.Equal(512, options.Get("kjt-techsme").MaxHtmlDepth);
    }
}
