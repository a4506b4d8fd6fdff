using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Options;

/// <summary>What data annotations cannot say: a known time zone, known statuses, valid flag entries.</summary>
internal sealed class ScoringOptionsValidator : IValidateOptions<ScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoringOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"{ScoringOptions.Section}:TimeZone: '{options.TimeZone}' is not a time zone known on this machine.");
        }

        if (options.AheadMargin <= 0m)
        {
            failures.Add($"{ScoringOptions.Section}:AheadMargin: must be above 0 (found {options.AheadMargin}).");
        }

        foreach (var (status, flag) in options.Flags)
        {
            var key = $"{ScoringOptions.Section}:Flags:{status}";
            if (!EnumName.TryParse<ProgressStatus>(status, out _))
            {
                failures.Add($"{key}: '{status}' is not a status ({EnumName.Choices<ProgressStatus>()}).");
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(flag, new ValidationContext(flag), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{key}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
