using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// One rendered state of a hall profile: the board's version, when its data was read, its HTML, and the
/// server-sent event that carries it, encoded once and written as the same bytes to every screen.
/// </summary>
public sealed class HallFrame
{
    // Not HTML-escaped: the JSON travels in an event stream, never inside a page; Chinese stays one UTF-8 character.
    private static readonly JsonSerializerOptions EventJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private HallFrame(long sequence, long version, DateTimeOffset at, string html)
    {
        Sequence = sequence;
        Version = version;
        At = at;
        Html = new MarkupString(html);
        var data = JsonSerializer.Serialize(new EventData(version, at, html), EventJson);
        Event = Encoding.UTF8.GetBytes($"id: {version}\nevent: board\ndata: {data}\n\n");
    }

    /// <summary>Orders the frames of one profile in this process (the version alone starts again at 0 after a restart).</summary>
    public long Sequence { get; }

    /// <summary>The notifier's version the board was read at.</summary>
    public long Version { get; }

    /// <summary>When the board's data was read.</summary>
    public DateTimeOffset At { get; }

    /// <summary>The inside of #hall-board.</summary>
    public MarkupString Html { get; }

    /// <summary><c>id: N</c>, <c>event: board</c>, <c>data: {"version","at","html"}</c> as UTF-8.</summary>
    public ReadOnlyMemory<byte> Event { get; }

    internal static HallFrame Create(long sequence, long version, DateTimeOffset at, string html) => new(sequence, version, at, html);

    private sealed record EventData(
        [property: System.Text.Json.Serialization.JsonPropertyName("version")] long Version,
        [property: System.Text.Json.Serialization.JsonPropertyName("at")] DateTimeOffset At,
        [property: System.Text.Json.Serialization.JsonPropertyName("html")] string Html);
}
