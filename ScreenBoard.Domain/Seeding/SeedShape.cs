using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// Checks a parsed list file against the shape of <see cref="SeedFile"/> before it is converted: every
/// key known (case and all) and there once, every value of the field's type. All problems are collected,
/// each naming its JSON path and what the field expects, in the app's own words.
/// </summary>
internal static class SeedShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Fields = new();

    public static IReadOnlyList<SeedError> Check(JsonElement root)
    {
        var errors = new List<SeedError>();
        Value(root, typeof(SeedFile), SeedPath.Root, null, allowNull: false, errors);
        return errors;
    }

    private static void Value(JsonElement element, Type type, string path, string? expected, bool allowNull, List<SeedError> errors)
    {
        // A field may be null (optional, or the checker says it is missing); an entry of a list or the file may not.
        if (element.ValueKind == JsonValueKind.Null && allowNull)
        {
            return;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        var ok = type switch
        {
            _ when type == typeof(string) => element.ValueKind == JsonValueKind.String,
            _ when type == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _),
            _ when type == typeof(decimal) => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out _),
            _ when ItemType(type) is not null => element.ValueKind == JsonValueKind.Array,
            _ => element.ValueKind == JsonValueKind.Object,
        };
        if (!ok)
        {
            errors.Add(new SeedError(path, $"expected {expected ?? Describe(type)}, found {Found(element)}."));
        }
        else if (ItemType(type) is { } itemType)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var code = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                Value(item, itemType, SeedPath.Index(path, index, code), null, allowNull: false, errors);
                index++;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            Object(element, type, path, errors);
        }
    }

    private static void Object(JsonElement element, Type type, string path, List<SeedError> errors)
    {
        var fields = Fields.GetOrAdd(type, t => t.GetProperties()
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = SeedPath.Field(path, property.Name);
            if (!fields.TryGetValue(property.Name, out var field))
            {
                var near = fields.Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                errors.Add(new SeedError(at, near is null
                    ? $"unknown key \"{property.Name}\" (known here: {string.Join(", ", fields.Keys)})."
                    : $"unknown key \"{property.Name}\"; keys are case-sensitive: \"{near}\"."));
            }
            else if (!seen.Add(property.Name))
            {
                errors.Add(new SeedError(at, $"the key \"{property.Name}\" appears twice in the same entry."));
            }
            else
            {
                Value(property.Value, field.PropertyType, at, field.GetCustomAttribute<SeedExpectAttribute>()?.Description, allowNull: true, errors);
            }
        }
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "a text",
        _ when type == typeof(int) => "an integer",
        _ when type == typeof(decimal) => "a number",
        _ when ItemType(type) is not null => "a list [ … ]",
        _ => "an object { … }",
    };

    private static string Found(JsonElement element)
    {
        var raw = element.GetRawText();
        raw = raw.Length > 40 ? raw[..40] + "…" : raw;
        return element.ValueKind switch
        {
            JsonValueKind.String => $"the text {raw}",
            JsonValueKind.Number => $"the number {raw}",
            JsonValueKind.Object => "an object { … }",
            JsonValueKind.Array => "a list [ … ]",
            _ => raw,
        };
    }
}
