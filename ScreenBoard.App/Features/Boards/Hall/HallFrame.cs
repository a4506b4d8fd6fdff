using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;

namespace ScreenBoard.App.Features.Boards.Hall;

/// <summary>
/// One rendered state of a hall profile: the board's version, when its data was read, its HTML, and the
/// server-sent events that carry it, each encoded once and written as the same bytes to every screen
/// (docs/decisions/026):
/// <list type="bullet">
/// <item>the <b>full</b> event, every slide's HTML: the first event of every connection, and for a screen that
/// missed a frame;</item>
/// <item>the <b>change</b> event, relative to the frame before (<see cref="BaseSequence"/>): the header and only the
/// slides whose HTML differs, the others named by key so that the screen keeps them.</item>
/// </list>
/// An event's data is the JSON <c>{"seq","base","version","at","header","slides":[{"k","h"?}]}</c>, gzipped and
/// in base64: a frame of the demo list is 420 KB of HTML, 24 KB gzipped. What a connection holds while the
/// bytes drain and the server's CPU per screen both follow the bytes written.
/// </summary>
public sealed class HallFrame
{
    // Not HTML-escaped: the JSON travels in an event stream, never inside a page; Chinese stays one UTF-8 character.
    private static readonly JsonSerializerOptions EventJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HallRendering _rendering;
    private readonly Lazy<byte[]> _full;
    private readonly Lazy<string> _html;
    private readonly byte[]? _change;

    private HallFrame(long sequence, long version, DateTimeOffset at, HallRendering rendering, HallFrame? previous)
    {
        Sequence = sequence;
        Version = version;
        At = at;
        _rendering = rendering;

        // Built when first asked: the full event by a screen that connects or missed a frame, the HTML by a page load.
        _full = new(() => Encode(null), LazyThreadSafetyMode.ExecutionAndPublication);
        _html = new(rendering.Html, LazyThreadSafetyMode.ExecutionAndPublication);
        if (previous is null)
        {
            ChangedSlides = rendering.Slides.Count;
            return;
        }

        // The slides whose HTML is the previous frame's, compared once: the change carries them by key only.
        var before = previous._rendering.Slides.ToDictionary(s => s.Key, s => s.Html, StringComparer.Ordinal);
        var kept = rendering.Slides
            .Where(s => before.TryGetValue(s.Key, out var was) && was == s.Html)
            .Select(s => s.Key)
            .ToHashSet(StringComparer.Ordinal);
        BaseSequence = previous.Sequence;
        ChangedSlides = rendering.Slides.Count - kept.Count;
        _change = Encode(kept);
    }

    /// <summary>Orders the frames of one profile in this process (the version alone starts again at 0 after a restart).</summary>
    public long Sequence { get; }

    /// <summary>The frame the change event is relative to; null when there is none (the profile's first frame).</summary>
    public long? BaseSequence { get; }

    /// <summary>The notifier's version the board was read at.</summary>
    public long Version { get; }

    /// <summary>When the board's data was read.</summary>
    public DateTimeOffset At { get; }

    /// <summary>The inside of #hall-board.</summary>
    public MarkupString Html => new(_html.Value);

    /// <summary>How many slides the change event carries whole (the others are kept by the screen); all of them for a first frame.</summary>
    public int ChangedSlides { get; }

    /// <summary>The full event: <c>id: version</c>, <c>event: board</c>, <c>data: base64(gzip(json))</c>, as UTF-8.</summary>
    public ReadOnlyMemory<byte> FullEvent => _full.Value;

    /// <summary>
    /// What to write to a screen whose last frame was <paramref name="lastSent"/>: the change event when that
    /// is the frame it is relative to, the full event otherwise.
    /// </summary>
    public ReadOnlyMemory<byte> EventAfter(long lastSent) => _change is not null && lastSent == BaseSequence ? _change : FullEvent;

    internal static HallFrame Create(long sequence, long version, DateTimeOffset at, HallRendering rendering, HallFrame? previous) =>
        new(sequence, version, at, rendering, previous);

    /// <summary>The change event, the <paramref name="kept"/> slides by key only, or the full event when null.</summary>
    private byte[] Encode(IReadOnlySet<string>? kept)
    {
        var slides = _rendering.Slides.Select(s => kept is not null && kept.Contains(s.Key)
            ? new EventSlide(s.Key, null)
            : new EventSlide(s.Key, s.Html)).ToList();
        var data = new EventData(Sequence, kept is null ? null : BaseSequence, Version, At, _rendering.Header, slides);
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, data, EventJson);
        }

        return Encoding.ASCII.GetBytes($"id: {Version}\nevent: board\ndata: {Convert.ToBase64String(packed.GetBuffer(), 0, (int)packed.Length)}\n\n");
    }

    private sealed record EventData(
        [property: JsonPropertyName("seq")] long Sequence,
        [property: JsonPropertyName("base")] long? Base,
        [property: JsonPropertyName("version")] long Version,
        [property: JsonPropertyName("at")] DateTimeOffset At,
        [property: JsonPropertyName("header")] string Header,
        [property: JsonPropertyName("slides")] IReadOnlyList<EventSlide> Slides);

    private sealed record EventSlide(
        [property: JsonPropertyName("k")] string Key,
        [property: JsonPropertyName("h")] string? Html);
}
