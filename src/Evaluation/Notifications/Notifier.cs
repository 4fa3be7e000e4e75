using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YuanlingTech.Evaluation.Notifications;

/// <summary>
/// Logs every notification and, when a webhook is configured, POSTs it. A webhook that fails is logged and
/// does not fail the job that raised the event: the log stays the record.
/// </summary>
public sealed class Notifier(IHttpClientFactory httpClientFactory, IOptions<NotificationOptions> options, ILogger<Notifier> logger)
{
    public const string HttpClientName = "notifications";

    public async Task<bool> NotifyAsync(Notification notification, CancellationToken cancellationToken)
    {
        logger.Notified(notification.Kind, notification.Title, string.Join("; ", notification.Lines));
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            return false;
        }

        try
        {
            using var client = httpClientFactory.CreateClient(HttpClientName);
            client.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
            using var content = new StringContent(WebhookPayload.Render(notification, settings.Format), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(settings.WebhookUrl, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.WebhookRefused((int)response.StatusCode, notification.Kind);
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The URL carries the robot's secret key: never log it.
            logger.WebhookFailed(notification.Kind, ex.GetType().Name);
            return false;
        }
    }
}
