using System.Text.Json;
using System.Text.Json.Nodes;

namespace YuanlingTech.Evaluation.Notifications;

/// <summary>Renders a notification in the webhook's format.</summary>
public static class WebhookPayload
{
    public static string Render(Notification notification, string format)
    {
        var markdown = $"### {notification.Title}\n" + string.Join("\n", notification.Lines.Select(l => "> " + l));
        JsonNode payload = format switch
        {
            // WeCom group robot: {"msgtype":"markdown","markdown":{"content":"…"}}
            "wecom" => new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["content"] = markdown },
            },

            // DingTalk custom robot: {"msgtype":"markdown","markdown":{"title":"…","text":"…"}}
            "dingtalk" => new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["title"] = notification.Title, ["text"] = markdown },
            },
            _ => new JsonObject
            {
                ["source"] = "yuanlingtech",
                ["kind"] = notification.Kind,
                ["title"] = notification.Title,
                ["lines"] = new JsonArray(notification.Lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                ["data"] = JsonSerializer.SerializeToNode(notification.Data),
            },
        };
        return payload.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
