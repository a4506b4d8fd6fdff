using System.Text;
using System.Text.RegularExpressions;
using ScreenBoard.Domain.Common;

namespace ScreenBoard.Domain.Reports;

/// <summary>
/// 佐证材料: one file backing a report up. The file itself lives outside the database under a random name
/// whose extension its content decided; the row keeps the name the person knew it by, cleaned.
/// </summary>
public sealed partial class ReportEvidence : Entity
{
    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>The longest original name kept, in characters.</summary>
    public const int NameMaxLength = 200;

    private ReportEvidence()
    {
        OriginalName = string.Empty;
        StoredName = string.Empty;
        ContentType = string.Empty;
    }

    internal ReportEvidence(string cleanName, ReadOnlySpan<byte> head, long size, string randomName, DateTimeOffset uploadedAt)
    {
        if (size <= 0)
        {
            throw new DomainException("Evidence.Empty", cleanName);
        }

        if (size > MaxBytes)
        {
            throw new DomainException("Evidence.TooLarge", cleanName, MaxBytes / (1024 * 1024));
        }

        var kind = EvidenceContent.Detect(head) ?? throw new DomainException("Evidence.NotAllowed", cleanName);
        if (!RandomName().IsMatch(randomName ?? string.Empty))
        {
            throw new ArgumentException("The random part of a stored name is 32 lower-case hexadecimal digits.", nameof(randomName));
        }

        OriginalName = cleanName;
        Kind = kind;
        StoredName = randomName + EvidenceContent.ExtensionOf(kind);
        ContentType = EvidenceContent.ContentTypeOf(kind);
        Size = size;
        UploadedAt = uploadedAt;
    }

    public int ReportId { get; private set; }

    /// <summary>The file's name on the person's device, cleaned (no folders, no control or direction characters, at most 200 characters).</summary>
    public string OriginalName { get; private set; }

    /// <summary>Random name and the extension of its content, e.g. <c>3f…9a.png</c>.</summary>
    public string StoredName { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public string ContentType { get; private set; }

    /// <summary>Length in bytes.</summary>
    public long Size { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>An image (shown as a thumbnail) rather than a document (shown as a link).</summary>
    public bool IsImage => Kind != EvidenceKind.Pdf;

    /// <summary>
    /// A name safe to keep and show: the last path segment, forbidden characters (control, direction marks,
    /// path and quote characters) replaced by "_", at most <see cref="NameMaxLength"/> characters with the
    /// extension kept; "file" when nothing is left.
    /// </summary>
    public static string CleanName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            var forbidden = TextRules.TryFindForbidden(c.ToString(), out _, out _) || c is '"' or '<' or '>' or ':' or '*' or '?' or '|' || char.IsSurrogate(c);
            builder.Append(forbidden ? '_' : c);
        }

        var clean = builder.ToString().Trim().Trim('.');
        if (clean.Length == 0)
        {
            return "file";
        }

        if (clean.Length <= NameMaxLength)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
        return clean[..(NameMaxLength - extension.Length)] + extension;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex RandomName();
}
