using System.ComponentModel.DataAnnotations;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>The <c>Chasing</c> section: the office's IM group robots that get the daily summary.</summary>
public sealed class ChasingOptions
{
    public const string Section = "Chasing";

    /// <summary>Each gets its own delivery (a Hangfire job) per chasing run that raised reminders.</summary>
    public List<ChasingWebhook> Webhooks { get; set; } = [];
}

/// <summary>The two robot formats the office's groups use.</summary>
public enum WebhookKind
{
    /// <summary>钉钉 custom robot (自定义机器人), optionally signed (加签).</summary>
    DingTalk = 0,

    /// <summary>企业微信 group robot (群机器人).</summary>
    WeCom = 1,
}

/// <summary>One group robot: <c>Chasing:Webhooks:n</c>.</summary>
public sealed class ChasingWebhook
{
    /// <summary>Unique; deliveries are recorded under it.</summary>
    [Required]
    [StringLength(100)]
    public string Name { get; set; } = string.Empty;

    public WebhookKind Kind { get; set; } = WebhookKind.DingTalk;

    /// <summary>The robot's address, with its access token or key.</summary>
    [Required]
    public string Url { get; set; } = string.Empty;

    /// <summary>钉钉 加签 secret (SEC…); the request then carries <c>timestamp</c> and <c>sign</c>.</summary>
    public string? Secret { get; set; }
}
