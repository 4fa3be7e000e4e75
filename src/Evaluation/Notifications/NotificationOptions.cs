using System.ComponentModel.DataAnnotations;

namespace YuanlingTech.Evaluation.Notifications;

/// <summary>Where target-status changes and failing or stale sources are reported, besides the log; bound from <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Webhook URL; empty = log only. For WeCom/DingTalk robots this is the robot's URL with its key/token.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary><c>generic</c> (our JSON), <c>wecom</c> (企业微信群机器人 markdown) or <c>dingtalk</c> (钉钉自定义机器人 markdown).</summary>
    [RegularExpression("^(generic|wecom|dingtalk)$")]
    public string Format { get; set; } = "generic";

    /// <summary>Timeout of one POST, in seconds.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}
