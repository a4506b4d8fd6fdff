using System.Globalization;
using Microsoft.Extensions.Localization;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.App.Commands;

/// <summary>
/// Turns a refusal (a <see cref="CommandResult"/> or a <see cref="DomainException"/>) into a sentence in
/// the reader's language: the key is looked up in the app's resources, <see cref="FieldName"/> and enum
/// arguments are translated too (<c>Field.{key}</c>, <c>{EnumType}.{Name}</c>), dates are written yyyy-MM-dd.
/// </summary>
public static class CommandMessages
{
    public static string Describe(this IStringLocalizer localizer, CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(result);
        return result.MessageKey is null ? string.Empty : Translate(localizer, result.MessageKey, result.Arguments ?? []);
    }

    public static string Describe(this IStringLocalizer localizer, DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(exception);
        return localizer.DescribeDomain(exception.Key, exception.Arguments);
    }

    /// <summary>A domain message (a refusal's or a list-file problem's key, resource <c>Domain.{key}</c>) with its arguments.</summary>
    public static string DescribeDomain(this IStringLocalizer localizer, string key, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Translate(localizer, "Domain." + key, arguments);
    }

    private static string Translate(IStringLocalizer localizer, string key, IReadOnlyList<object?> arguments)
    {
        var template = localizer[key];
        var values = arguments.Select(a => Argument(localizer, a)).ToArray();

        // A key the resources lack shows as the key itself, never as a half-filled English sentence.
        return template.ResourceNotFound ? key : string.Format(CultureInfo.CurrentCulture, template.Value, values);
    }

    private static object? Argument(IStringLocalizer localizer, object? value) => value switch
    {
        FieldName field => localizer["Field." + field.Key].Value,
        MessageText text => localizer["Domain." + text.Key].Value,
        Enum e => localizer[$"{e.GetType().Name}.{e}"] is { ResourceNotFound: false } text ? text.Value : e.ToString(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}
