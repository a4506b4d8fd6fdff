using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// Reads a list file into <see cref="SeedFile"/> strictly: valid JSON (comments and trailing commas
/// allowed), no unknown or repeated key, every value of its field's type. Every problem is reported
/// at once, each with its JSON path (<see cref="SeedShape"/>).
/// </summary>
public static class SeedReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // The shape check has already refused these; the serializer's own refusal stays as a second lock.
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <exception cref="SeedFormatException">The file is missing, not JSON or not of the list file's shape.</exception>
    public static async Task<SeedFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new SeedFormatException(path, [SeedError.At(SeedPath.Root, "Seed.FileMissing", Path.GetFullPath(path))]);
        }

        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, path, cancellationToken);
    }

    /// <param name="stream">The JSON.</param>
    /// <param name="name">What error messages call the file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<SeedFile> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, DocumentOptions, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new SeedFormatException(name, [SeedError.At(SeedPath.Root, "Seed.NotJson", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1)]);
        }

        using (document)
        {
            var problems = SeedShape.Check(document.RootElement);
            if (problems.Count > 0)
            {
                throw new SeedFormatException(name, problems);
            }

            return document.RootElement.Deserialize<SeedFile>(SerializerOptions)!;
        }
    }
}
