using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Fnavdl.Core.FrontDoor;

/// <summary>
/// The <c>fichier</c> part of a multipart upload, copied to a temporary file (deleted on dispose)
/// while counting: past the limit the copy stops and the temporary file goes, so an over-size
/// upload keeps nothing and costs at most the limit in disk. The multipart parsing is ASP.NET
/// Core's own <see cref="MultipartReader"/> (well-kept, streaming, bounded headers).
/// </summary>
public sealed class UploadedFile : IAsyncDisposable
{
    public const string FieldName = "fichier";

    private UploadedFile(string fileName, FileStream content)
    {
        FileName = fileName;
        Content = content;
    }

    /// <summary>The file name the browser sent (untrusted: see <see cref="DepositName"/>).</summary>
    public string FileName { get; }

    /// <summary>The content, seekable, positioned at 0.</summary>
    public FileStream Content { get; }

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    /// <summary>Reads the upload; a French problem and its status instead when the request is not one.</summary>
    public static async Task<(UploadedFile? File, FrontDoorResponse? Problem)> ReadAsync(FrontDoorRequest request, long maxBytes,
        CancellationToken cancellationToken)
    {
        if (long.TryParse(request.Header("Content-Length"), out var declared) && declared > maxBytes + MultipartOverhead)
            return (null, TooLarge(maxBytes));
        if (!MediaTypeHeaderValue.TryParse(request.Header("Content-Type"), out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            return (null, FrontDoorResponse.Error(400, $"Envoyez le fichier dans un formulaire multipart, champ « {FieldName} »."));

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = maxBytes + MultipartOverhead };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FieldName, StringComparison.Ordinal))
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                var file = await CopyBoundedAsync(section.Body, maxBytes, cancellationToken);
                if (file is null) return (null, TooLarge(maxBytes));
                return (new UploadedFile(name, file), null);
            }
        }
        catch (InvalidDataException)
        {
            // MultipartReader's own limits, or a malformed body: nothing was kept.
            return (null, declared > maxBytes ? TooLarge(maxBytes) : FrontDoorResponse.Error(400, "Le formulaire envoyé est mal formé : choisissez de nouveau le fichier."));
        }
        return (null, FrontDoorResponse.Error(400, $"Aucun fichier reçu : le champ « {FieldName} » manque."));
    }

    /// <summary>Boundaries and part headers around the file.</summary>
    private const long MultipartOverhead = 64 * 1024;

    // The size is unknown: reading stopped at the limit. The words are the validation report's.
    private static FrontDoorResponse TooLarge(long maxBytes) => FrontDoorResponse.Error(413, Reading.UploadSizeLimit.Message(null, maxBytes).Text);

    private static async Task<FileStream?> CopyBoundedAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        // In the user's private work area, 0600: what a killed process leaves there is swept by the next run.
        var file = Ingestion.PrivateWorkArea.CreateSpoolFile();
        try
        {
            var buffer = new byte[1 << 16];
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
