using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.NoticeColumns;
using YuanlingTech.Connectors.Sources.KjtHnte;
using YuanlingTech.Connectors.Sources.KjtTechSme;
using YuanlingTech.Worker.Hosting;

namespace YuanlingTech.Worker.Tests.Sync;

/// <summary>One options type for both notices column sources: each binds its own section, and each names its own section when wrong.</summary>
public sealed class NoticeColumnOptionsTests
{
    private const string AnyServer = "Host=127.0.0.1;Port=1;Username=nobody;Database=none";

    [Theory]
    [InlineData(KjtHnteConnector.Id)]
    [InlineData(KjtTechSmeConnector.Id)]
    public void BuildTool_FailsNamingTheSourcesPaginationKey_WhenATemplateModeHasNoTemplate(string sourceId)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => WorkerHost.BuildTool(
            new Dictionary<string, string?> { ["ConnectionStrings:Warehouse"] = AnyServer, [$"Sources:{sourceId}:Pagination:Mode"] = "Template" }, quiet: true));

        var message = Assert.Single(ex.Failures, f => f.Contains("Template must contain", StringComparison.Ordinal));
        Assert.Contains($"Sources:{sourceId}:Pagination:Template must contain", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreBoundPerSource_AndTheNationalListHostIsKjtHntesOnly()
    {
        using var host = WorkerHost.BuildTool(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = AnyServer,
            ["Sources:kjt-hnte:ListUrl"] = "http://kjt.example.gov.cn/hnte/index.html",
            ["Sources:kjt-hnte:ItemSelector"] = "div.hnte li",
            ["Sources:kjt-hnte:NationalListUrl"] = "http://innocom.example.gov.cn/gqrdw/hunan/list_gsgg_l3.shtml",
            ["Sources:kjt-techsme:ListUrl"] = "http://sme.example.gov.cn/sme/index.html",
            ["Sources:kjt-techsme:MaxPages"] = "7",
        }, quiet: true);
        var columns = host.Services.GetRequiredService<IOptionsMonitor<NoticeColumnOptions>>();
        var clients = host.Services.GetRequiredService<SourceHttpClients>();
        var national = new Uri("http://innocom.example.gov.cn/gqrdw/hunan/2024/a.pdf");

        Assert.Equal(("div.hnte li", 500), (columns.Get(KjtHnteConnector.Id).ItemSelector, columns.Get(KjtHnteConnector.Id).MaxPages));
        Assert.Equal(("ul.list li", 7), (columns.Get(KjtTechSmeConnector.Id).ItemSelector, columns.Get(KjtTechSmeConnector.Id).MaxPages));
        Assert.True(clients.HostsOf(KjtHnteConnector.Id).Allows(national));
        Assert.True(clients.HostsOf(KjtTechSmeConnector.Id).Allows(new Uri("http://sme.example.gov.cn/sme/t1.html")));
        Assert.False(clients.HostsOf(KjtTechSmeConnector.Id).Allows(national));
        Assert.False(clients.HostsOf(KjtHnteConnector.Id).Allows(new Uri("http://sme.example.gov.cn/sme/t1.html")));
    }
}
