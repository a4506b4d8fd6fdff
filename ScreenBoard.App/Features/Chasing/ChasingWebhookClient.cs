using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>
/// Posts one Markdown message to a group robot: 钉钉 custom robot
/// (<c>{"msgtype":"markdown","markdown":{"title","text"}}</c>, signed with <c>timestamp</c> and <c>sign</c>
/// when a secret is set) or 企业微信 group robot (<c>{"msgtype":"markdown","markdown":{"content"}}</c>).
/// A non-2xx answer or a JSON <c>errcode</c> other than 0 throws, so Hangfire retries the delivery.
/// </summary>
public sealed class ChasingWebhookClient(IHttpClientFactory httpClients, TimeProvider timeProvider)
{
    /// <summary>The named client (its timeout is set at registration).</summary>
    public const string HttpClientName = "chasing-webhooks";

    public async Task PostAsync(ChasingWebhook webhook, string title, string markdown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var body = webhook.Kind == WebhookKind.WeCom
            ? new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = markdown } }
            : new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["title"] = title, ["text"] = markdown } };
        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.PostAsJsonAsync(Address(webhook), body, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new WebhookDeliveryException(webhook.Name, $"HTTP {(int)response.StatusCode}: {Shorten(answer)}");
        }

        var (code, message) = ErrorCode(answer);
        if (code != 0)
        {
            throw new WebhookDeliveryException(webhook.Name, $"errcode {code}: {message}");
        }
    }

    /// <summary>
    /// 钉钉 加签: Base64(HMAC-SHA256(key: secret, data: timestamp + "\n" + secret)), URL-encoded;
    /// <paramref name="timestamp"/> in milliseconds since 1970.
    /// </summary>
    public static string DingTalkSign(string secret, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var data = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "\n" + secret);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);
        return Uri.EscapeDataString(Convert.ToBase64String(hash));
    }

    private string Address(ChasingWebhook webhook)
    {
        if (webhook.Kind != WebhookKind.DingTalk || string.IsNullOrEmpty(webhook.Secret))
        {
            return webhook.Url;
        }

        var timestamp = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var separator = webhook.Url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return FormattableString.Invariant($"{webhook.Url}{separator}timestamp={timestamp}&sign={DingTalkSign(webhook.Secret, timestamp)}");
    }

    /// <summary>Both robots answer <c>{"errcode":0,"errmsg":"ok"}</c>; an answer without errcode counts as ok.</summary>
    private static (long Code, string? Message) ErrorCode(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("errcode", out var code) && code.ValueKind == JsonValueKind.Number)
            {
                var message = json.RootElement.TryGetProperty("errmsg", out var text) ? text.ToString() : null;
                return (code.GetInt64(), message);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the status code already said ok.
        }

        return (0, null);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>A group robot did not take the message; thrown so Hangfire retries the delivery.</summary>
public sealed class WebhookDeliveryException(string webhook, string reason)
    : Exception($"Webhook '{webhook}' refused the chasing summary: {reason}")
{
    public string Webhook { get; } = webhook;
}
