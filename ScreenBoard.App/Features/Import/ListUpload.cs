namespace ScreenBoard.App.Features.Import;

/// <summary>What an uploaded file is, told by its content (never by its name).</summary>
public enum ListUploadKind
{
    /// <summary>Empty, or only white space.</summary>
    Empty = 0,

    /// <summary>A zip archive: read as an .xlsx workbook.</summary>
    Workbook = 1,

    /// <summary>Text starting with "{": read as the JSON list file.</summary>
    Json = 2,

    /// <summary>Anything else (an image, a text renamed .xlsx …).</summary>
    Other = 3,
}

/// <summary>Reads an upload up to the configured size and tells its kind by its first bytes.</summary>
public static class ListUpload
{
    /// <summary>The content, or null when it holds more than <paramref name="maxBytes"/> (the rest is not read).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ListUploadKind KindOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return ListUploadKind.Workbook;
        }

        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var start = content.IndexOfAnyExcept(" \t\r\n"u8);
        return start < 0 ? ListUploadKind.Empty : content[start] == (byte)'{' ? ListUploadKind.Json : ListUploadKind.Other;
    }
}
