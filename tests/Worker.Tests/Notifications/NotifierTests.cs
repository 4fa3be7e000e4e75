using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using YuanlingTech.Evaluation.Notifications;
using YuanlingTech.Worker.Tests.Infrastructure;

namespace YuanlingTech.Worker.Tests.Notifications;

public sealed class NotifierTests
{
    private static readonly Notification Sample = SourceNotifications.Failed("kjt-hnte", 7, "GET http://portal/x.html failed: HTTP 500");

    [Theory]
    [InlineData("generic", "kind", "source_failed")]
    [InlineData("wecom", "msgtype", "markdown")]
    [InlineData("dingtalk", "msgtype", "markdown")]
    public async Task Notify_PostsTheConfiguredFormat_ToTheWebhook(string format, string property, string value)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await WebhookReceiver.StartAsync(ct);
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var notifier = new Notifier(
            services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(new NotificationOptions { WebhookUrl = receiver.Url.AbsoluteUri, Format = format }),
            NullLogger<Notifier>.Instance);

        var delivered = await notifier.NotifyAsync(Sample, ct);

        Assert.True(delivered);
        var body = JsonDocument.Parse(Assert.Single(receiver.Bodies)).RootElement;
        Assert.Equal(value, body.GetProperty(property).GetString());
        Assert.Contains("kjt-hnte", body.ToString(), StringComparison.Ordinal);
        if (format == "dingtalk")
        {
            Assert.Contains("同步失败", body.GetProperty("markdown").GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Notify_ReturnsFalseWithoutThrowing_WhenTheWebhookIsUnreachable()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var notifier = new Notifier(
            services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(new NotificationOptions { WebhookUrl = "http://127.0.0.1:9/robot/send", TimeoutSeconds = 2 }),
            NullLogger<Notifier>.Instance);

        Assert.False(await notifier.NotifyAsync(Sample, TestContext.Current.CancellationToken));
    }
}
