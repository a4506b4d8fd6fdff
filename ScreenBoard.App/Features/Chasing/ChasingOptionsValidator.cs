using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Chasing;

/// <summary>Each webhook valid, named once, an absolute http(s) address; a secret only where 钉钉 signs.</summary>
internal sealed class ChasingOptionsValidator : IValidateOptions<ChasingOptions>
{
    public ValidateOptionsResult Validate(string? name, ChasingOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var webhook = options.Webhooks[i];
            var key = $"{ChasingOptions.Section}:Webhooks:{i}";
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(webhook, new ValidationContext(webhook), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{key}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            }

            if (!Enum.IsDefined(webhook.Kind))
            {
                failures.Add($"{key}:Kind: must be DingTalk or WeCom.");
            }

            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                failures.Add($"{key}:Url: '{webhook.Url}' is not an absolute http(s) address.");
            }

            if (!string.IsNullOrEmpty(webhook.Secret) && webhook.Kind != WebhookKind.DingTalk)
            {
                failures.Add($"{key}:Secret: only a DingTalk robot signs its requests.");
            }

            if (!string.IsNullOrWhiteSpace(webhook.Name) && !names.Add(webhook.Name))
            {
                failures.Add($"{key}:Name: '{webhook.Name}' is used by another webhook.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
