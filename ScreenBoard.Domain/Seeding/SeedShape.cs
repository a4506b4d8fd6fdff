using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScreenBoard.Domain.Common;

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
            errors.Add(SeedError.At(path, "Seed.WrongType", new MessageText(expected ?? Describe(type)), new MessageText(FoundKind(element)), Found(element)));
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
                errors.Add(near is null
                    ? SeedError.At(at, "Seed.UnknownKey", property.Name, string.Join(", ", fields.Keys))
                    : SeedError.At(at, "Seed.UnknownKeyCase", property.Name, near));
            }
            else if (!seen.Add(property.Name))
            {
                errors.Add(SeedError.At(at, "Seed.KeyTwice", property.Name));
            }
            else
            {
                Value(property.Value, field.PropertyType, at, field.GetCustomAttribute<SeedExpectAttribute>()?.Key, allowNull: true, errors);
            }
        }
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "Seed.Expect.Text",
        _ when type == typeof(int) => "Seed.Expect.Integer",
        _ when type == typeof(decimal) => "Seed.Expect.Number",
        _ when ItemType(type) is not null => "Seed.Expect.List",
        _ => "Seed.Expect.Object",
    };

    private static string FoundKind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "Seed.Found.Text",
        JsonValueKind.Number => "Seed.Found.Number",
        JsonValueKind.Object => "Seed.Found.Object",
        JsonValueKind.Array => "Seed.Found.List",
        _ => "Seed.Found.Value",
    };

    /// <summary>The value as written after a space (40 characters at most); objects and lists are named by their kind alone.</summary>
    private static string Found(JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return string.Empty;
        }

        var raw = element.GetRawText();
        return " " + (raw.Length > 40 ? raw[..40] + "…" : raw);
    }
}
