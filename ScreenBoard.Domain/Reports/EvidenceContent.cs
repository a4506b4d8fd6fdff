namespace ScreenBoard.Domain.Reports;

/// <summary>
/// Recognises evidence by its first bytes (magic numbers), so a renamed program ("photo.jpg" that starts
/// with "MZ") is refused whatever its name says. Only what a browser shows safely inline is accepted.
/// </summary>
public static class EvidenceContent
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeadLength = 12;

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    /// <summary>The kind of a file from its first bytes; null for anything else.</summary>
    public static EvidenceKind? Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(Jpeg) ? EvidenceKind.Jpeg
        : head.StartsWith(Png) ? EvidenceKind.Png
        : head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(WebP) ? EvidenceKind.WebP
        : head.StartsWith(Pdf) ? EvidenceKind.Pdf
        : null;

    /// <summary>The extension a stored file of this kind gets (with the dot).</summary>
    public static string ExtensionOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jpeg => ".jpg",
        EvidenceKind.Png => ".png",
        EvidenceKind.WebP => ".webp",
        _ => ".pdf",
    };

    /// <summary>The media type it is served with.</summary>
    public static string ContentTypeOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Png => "image/png",
        EvidenceKind.WebP => "image/webp",
        _ => "application/pdf",
    };
}
