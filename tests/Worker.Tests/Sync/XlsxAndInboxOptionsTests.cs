using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Connectors.Sources.KvLoans;
using YuanlingTech.Connectors.Sources.Manual;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>The xlsx limits and the inbox's readiness keys bind per source, and a wrong value stops start-up naming its key.</summary>
public sealed class XlsxAndInboxOptionsTests
{
    private const string AnyServer = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";

    [Theory]
    [InlineData("Sources:kjt-hnte:Xlsx:MaxRows", "0")]
    [InlineData("Sources:kjt-techsme:Xlsx:MaxColumns", "20000")]
    [InlineData("Sources:kv-loans:Xlsx:MaxCells", "0")]
    [InlineData("Sources:manual:Xlsx:MaxPartBytes", "10")]
    [InlineData("Sources:manual:MinFileAgeSeconds", "-1")]
    public void BuildTool_FailsNamingTheKey_WhenALimitIsOutOfRange(string key, string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, [key] = value }, quiet: true));

        Assert.Contains(key, string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_CarryTheConfiguredLimits_ToEverySourceThatReadsXlsx()
    {
        using var host = WorkerHost.BuildTool(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = AnyServer,
            ["Sources:kjt-hnte:Xlsx:MaxRows"] = "1001",
            ["Sources:kjt-techsme:Xlsx:MaxRows"] = "1002",
            ["Sources:kv-loans:Xlsx:MaxRows"] = "1003",
            ["Sources:manual:Xlsx:MaxRows"] = "1004",
            ["Sources:manual:ReadyWhen"] = "DoneMarker",
        }, quiet: true);
        var services = host.Services;

        var columns = services.GetRequiredService<IOptionsMonitor<NoticeColumnOptions>>();
        Assert.Equal(1001, columns.Get(KjtHnteConnector.Id).Xlsx.MaxRows);
        Assert.Equal(1002, columns.Get(KjtTechSmeConnector.Id).Xlsx.MaxRows);
        Assert.Equal(1003, services.GetRequiredService<IOptions<KvLoansOptions>>().Value.Xlsx.MaxRows);
        var manual = services.GetRequiredService<IOptions<ManualOptions>>().Value;
        Assert.Equal((1004, InboxReadyRule.DoneMarker, 128L * 1024 * 1024), (manual.Xlsx.MaxRows, manual.ReadyWhen, manual.Xlsx.MaxPartBytes));
    }
}
