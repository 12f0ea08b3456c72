using Fnavdl.FrontDoor.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The <c>fichier</c> part of a multipart upload, copied to a temporary file (deleted on dispose)
/// while counting: past the limit the copy stops and the temporary file goes, so an over-size
/// upload keeps nothing and costs at most the limit in disk. The whole body is bounded too (the
/// limit plus the multipart overhead, <see cref="MaxBodyBytes"/>), whatever its parts: form fields
/// before the file count as much as the file. The multipart parsing is ASP.NET Core's own
/// <see cref="MultipartReader"/> (well-kept, streaming, bounded headers).
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

    /// <summary>The most a request carrying a file of <paramref name="maxBytes"/> may hold: the file and its multipart frame.</summary>
    public static long MaxBodyBytes(long maxBytes) => maxBytes + MultipartOverhead;

    /// <summary>Reads the upload; a French problem and its status instead when the request is not one.</summary>
    public static async Task<(UploadedFile? File, Answer? Problem)> ReadAsync(HttpRequest request, long maxBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } declared && declared > MaxBodyBytes(maxBytes))
            return (null, TooLarge(maxBytes));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            return (null, Answer.Error(400, $"Envoyez le fichier dans un formulaire multipart, champ « {FieldName} »."));

        var body = new BoundedStream(request.Body, MaxBodyBytes(maxBytes));
        var reader = new MultipartReader(boundary, body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = MaxBodyBytes(maxBytes) };
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
        catch (Exception e) when (e is InvalidDataException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The body's bound (ours, or the server's own), MultipartReader's limits, or a malformed body: nothing was kept.
            return (null, body.Exceeded || body.Position > maxBytes || e is BadHttpRequestException ? TooLarge(maxBytes)
                : Answer.Error(400, "Le formulaire envoyé est mal formé : choisissez de nouveau le fichier."));
        }
        return (null, Answer.Error(400, $"Aucun fichier reçu : le champ « {FieldName} » manque."));
    }

    /// <summary>Boundaries and part headers around the file.</summary>
    private const long MultipartOverhead = 64 * 1024;

    // The size is unknown: reading stopped at the limit. The words are the validation report's.
    private static Answer TooLarge(long maxBytes) => Answer.Error(413, Core.Reading.UploadSizeLimit.Message(null, maxBytes).Text);

    private static async Task<FileStream?> CopyBoundedAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        // In the user's private work area, 0600: what a killed process leaves there is swept by the next run.
        var file = Core.Ingestion.PrivateWorkArea.CreateSpoolFile();
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
