using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ScreenBoard.App.Features.Boards.Kiosk;

/// <summary>Validates each kiosk profile, naming the key of a bad value.</summary>
internal sealed class KioskOptionsValidator : IValidateOptions<KioskOptions>
{
    public ValidateOptionsResult Validate(string? name, KioskOptions options)
    {
        var failures = new List<string>();
        foreach (var (profileName, profile) in options.Profiles)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(profile, new ValidationContext(profile), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{KioskOptions.Section}:Profiles:{profileName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
