using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Snapshots;

namespace ScreenBoard.App.Features.Boards.Live.Servers;

/// <summary>
/// The changes of one write as a <c>NOTIFY</c> payload (PostgreSQL caps a payload at 8000 bytes): the board version
/// the write bumped to, a space, then JSON of the sending server and each change as kind and ids. A write with more
/// changes than fit goes out as one Bulk change.
/// </summary>
public static class BoardChangeWire
{
    /// <summary>The channel every server LISTENs on.</summary>
    public const string Channel = "screenboard_board";

    /// <summary>Well under PostgreSQL's 8000-byte payload limit.</summary>
    internal const int MaxPayloadBytes = 7000;

    /// <summary>
    /// The write path's statement, in the write's transaction (parameters: the channel, <see cref="Write"/>'s JSON):
    /// bumps the board version and notifies with the new version in front of the JSON.
    /// </summary>
    public const string AnnounceSql =
        "SELECT pg_notify({0}, nextval('" + PostgreSqlScreenBoardDbContext.BoardVersionSequenceSql + "')::text || ' ' || {1})";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write(Guid server, IReadOnlyList<BoardChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var payload = JsonSerializer.Serialize(new Message(server, [.. changes.Select(Item.From)]), Json);
        return System.Text.Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes
            ? payload
            : JsonSerializer.Serialize(new Message(server, [Item.From(BoardChange.Bulk)]), Json);
    }

    /// <summary>
    /// The sender, the board version the write bumped to (null when the payload has none) and the changes; a payload
    /// this build cannot read is one Bulk change from no one.
    /// </summary>
    public static (Guid Server, long? Version, IReadOnlyList<BoardChange> Changes) Read(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        long? version = null;
        var space = payload.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && long.TryParse(payload.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var bumped))
        {
            version = bumped;
            payload = payload[(space + 1)..];
        }

        try
        {
            var message = JsonSerializer.Deserialize<Message>(payload, Json);
            if (message?.C is { Length: > 0 } items)
            {
                return (message.S, version, [.. items.Select(i => i.ToChange())]);
            }
        }
        catch (JsonException)
        {
            // Another version of the app on the channel: refresh everything rather than miss a change.
        }

        return (Guid.Empty, version, [BoardChange.Bulk]);
    }

    private sealed record Message(Guid S, Item[] C);

    private sealed record Item(BoardChangeKind K, int? T, int? U, int? N, string? Q)
    {
        public static Item From(BoardChange change) => new(change.Kind, change.TaskId, change.UnitId, change.NoticeId, change.Quarter?.ToString());

        public BoardChange ToChange() => K switch
        {
            BoardChangeKind.Task when T is int task && U is int unit => BoardChange.ForTask(task, unit),
            BoardChangeKind.Unit when U is int unit => BoardChange.ForUnit(unit),
            BoardChangeKind.Notice when N is int notice && U is int unit => BoardChange.ForNotice(notice, unit, T),
            BoardChangeKind.Quarter when QuarterId.TryParse(Q, out var quarter) => BoardChange.ForQuarter(quarter),
            _ => BoardChange.Bulk,
        };
    }
}
