using System.Text.Json;

namespace ScreenBoard.App.Features.Audit;

/// <summary>One key of an audited record: its value before and after, and whether it changed.</summary>
public sealed record AuditChange(string Key, string? Before, string? After, bool Changed);

/// <summary>
/// Lays an entry's before and after JSON side by side, key by key (keys of both, in the order they first appear),
/// so the office reads what changed; a value that is not a JSON object is one row without a key.
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Compare(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        if (old is null && now is null)
        {
            return [];
        }

        if (old is { Object: null } || now is { Object: null })
        {
            return [new AuditChange(string.Empty, old?.Text, now?.Text, !string.Equals(old?.Text, now?.Text, StringComparison.Ordinal))];
        }

        var keys = (old?.Object?.Keys ?? Enumerable.Empty<string>()).Concat(now?.Object?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal);
        return keys.Select(key =>
        {
            string? b = null, a = null;
            var inBefore = old?.Object?.TryGetValue(key, out b) == true;
            var inAfter = now?.Object?.TryGetValue(key, out a) == true;
            var changed = old is not null && now is not null && (inBefore != inAfter || !string.Equals(b, a, StringComparison.Ordinal));
            return new AuditChange(key, b, a, changed || (old is null != (now is null)));
        }).ToList();
    }

    /// <summary>Before and after as one line each, for a spreadsheet cell.</summary>
    public static string? Flat(string? json) => Parse(json) switch
    {
        null => null,
        { Object: { } values } => string.Join("; ", values.Select(kv => $"{kv.Key}: {kv.Value}")),
        var other => other.Text,
    };

    private static Parsed? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Parsed(Show(document.RootElement), null);
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = Show(property.Value);
            }

            return new Parsed(json, values);
        }
        catch (JsonException)
        {
            return new Parsed(json, null);
        }
    }

    private static string? Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private sealed record Parsed(string? Text, Dictionary<string, string?>? Object);
}
