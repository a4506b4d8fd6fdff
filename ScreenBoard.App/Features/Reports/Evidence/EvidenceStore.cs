using System.Security.Cryptography;
using ScreenBoard.Domain.Reports;

namespace ScreenBoard.App.Features.Reports.Evidence;

/// <summary>
/// The evidence files, outside the database under <c>&lt;data folder&gt;/evidence/yyyy/MM/&lt;random&gt;.&lt;ext&gt;</c>.
/// An upload is first copied to <c>evidence/tmp</c>; only a report that passed every check moves it into
/// place, and a write that is refused afterwards deletes what it moved, so nothing is left behind.
/// </summary>
public sealed class EvidenceStore(string root)
{
    /// <summary>The folder everything lives under.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    private string TempFolder => Path.Combine(Root, "tmp");

    /// <summary>Copies an upload to a temporary file, reading at most <see cref="ReportEvidence.MaxBytes"/> + 1 bytes.</summary>
    public async Task<StagedEvidence> StageAsync(EvidenceUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Directory.CreateDirectory(TempFolder);
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var temp = Path.Combine(TempFolder, random + ".part");
        try
        {
            await using var source = upload.Open(cancellationToken);
            await using var target = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while (size <= ReportEvidence.MaxBytes && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, ReportEvidence.MaxBytes + 1 - size)), cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            target.Position = 0;
            var head = new byte[Math.Min(EvidenceContent.HeadLength, size)];
            await target.ReadExactlyAsync(head, cancellationToken);
            return new StagedEvidence(upload.Name, temp, size, head, random);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Where a piece of evidence lives: by the UTC month it was uploaded in.</summary>
    public string PathOf(DateTimeOffset uploadedAt, string storedName)
    {
        var utc = uploadedAt.UtcDateTime;
        return Path.Combine(Root, utc.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), utc.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), Path.GetFileName(storedName));
    }

    /// <summary>Moves a staged file to its place; returns the path (for <see cref="Delete"/> if the write is refused).</summary>
    public string Place(StagedEvidence staged, ReportEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(staged);
        ArgumentNullException.ThrowIfNull(evidence);
        var path = PathOf(evidence.UploadedAt, evidence.StoredName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(staged.TempPath, path);
        return path;
    }

    /// <summary>Deletes files (temporary or placed); a missing one is fine.</summary>
    public static void Delete(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            File.Delete(path);
        }
    }

    /// <summary>Opens a stored file for reading; null when it is missing.</summary>
    public Stream? Open(DateTimeOffset uploadedAt, string storedName)
    {
        var path = PathOf(uploadedAt, storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }
}
