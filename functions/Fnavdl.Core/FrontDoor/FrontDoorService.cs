using System.Text.Json;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.FrontDoor;

/// <summary>
/// The regions' front door, one implementation for <c>fnavdl serve</c> and the Azure Functions:
/// the page, the template, validation (nothing stored), deposit, follow-up and reports. The
/// region is the caller's, as the host established it; every state-changing request passes the
/// anti-CSRF checks; every read is limited to the caller's own region (404 otherwise).
/// </summary>
public sealed class FrontDoorService(IPipelineStore store, AdministrativeReference reference, IDepositProcessing processing,
    FrontDoorOptions options, TimeProvider clock)
{
    public const string DepositFolder = "portail";

    public async Task<FrontDoorResponse> HandleAsync(FrontDoorRequest request, CancellationToken cancellationToken = default)
    {
        var path = request.Path.TrimEnd('/');
        var method = request.Method.ToUpperInvariant();
        if (method == "GET" && path is "" or FrontDoorPage.PagePath) return Page(request);
        if (method == "GET" && FrontDoorPage.Asset(path) is { } asset) return asset;

        if (!request.Caller.Authenticated) return FrontDoorResponse.Error(401, "Connectez-vous avec votre compte du ministère pour accéder au dépôt.");
        if (method == "GET" && path == "/api/session") return Session(request);

        var region = request.Caller.CodeRegion;
        if (region is null)
            return FrontDoorResponse.Error(403, request.Caller.Problem ?? "Votre compte n'est rattaché à aucune région : demandez à l'administrateur de vous ajouter au groupe de votre région.");
        if (method == "POST" && CsrfGuard.Check(request) is { } forgery) return FrontDoorResponse.Error(403, forgery);

        return (method, path) switch
        {
            ("GET", "/api/modele") => Template(request.Query("type"), request.Query("format"), region),
            ("POST", "/api/validation") => await ValidateAsync(request, region, cancellationToken),
            ("POST", "/api/depots") => await DepositAsync(request, region, cancellationToken),
            ("GET", "/api/depots") => await ListAsync(region, cancellationToken),
            ("GET", _) when path.StartsWith("/api/rapports/", StringComparison.Ordinal) =>
                await ReportAsync(path["/api/rapports/".Length..], region, cancellationToken),
            _ => FrontDoorResponse.Error(404, "Cette adresse n'existe pas."),
        };
    }

    private FrontDoorResponse Page(FrontDoorRequest request)
    {
        var page = FrontDoorPage.Html();
        return request.Cookie(CsrfGuard.CookieName) is { Length: > 0 }
            ? page
            : page.WithHeader("Set-Cookie", CsrfGuard.Cookie(CsrfGuard.NewToken(), options.SecureCookies));
    }

    private FrontDoorResponse Session(FrontDoorRequest request)
    {
        var caller = request.Caller;
        var body = JsonWriting.Object(json =>
        {
            json.WriteString("region", caller.CodeRegion);
            json.WriteString("regionName", caller.CodeRegion is null ? null : reference.FindRegion(caller.CodeRegion)?.Nom);
            json.WriteBoolean("modeLocal", caller.LocalMode);
            json.WriteNumber("tailleMax", options.MaxUploadBytes);
            if (caller.CodeRegion is null && caller.Problem is not null) json.WriteString("probleme", caller.Problem);
            if (caller.LocalMode)
            {
                json.WriteStartArray("regions");
                foreach (var r in reference.Regions.OrderBy(r => r.Nom, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)))
                {
                    json.WriteStartObject();
                    json.WriteString("code", r.Code);
                    json.WriteString("nom", r.Nom);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
        });
        var response = FrontDoorResponse.Json(200, body);
        return request.Cookie(CsrfGuard.CookieName) is { Length: > 0 }
            ? response
            : response.WithHeader("Set-Cookie", CsrfGuard.Cookie(CsrfGuard.NewToken(), options.SecureCookies));
    }

    /// <summary>The template as XLSX (the default) or OpenDocument (<c>format=ods</c>, for LibreOffice).</summary>
    private FrontDoorResponse Template(string? type, string? format, string region)
    {
        ReportKind? kind = type switch { "projets" => ReportKind.Projets, "suivi" => ReportKind.Suivi, "enveloppes" => ReportKind.Enveloppes, _ => null };
        if (kind is null) return FrontDoorResponse.Error(400, "Précisez le modèle voulu : type=projets, suivi ou enveloppes.");
        var (bytes, mediaType, extension) = format switch
        {
            null or "" or "xlsx" => (TemplateWorkbook.Build(kind.Value, region, reference), FrontDoorResponse.XlsxType, "xlsx"),
            "ods" => (TemplateOds.Build(kind.Value, region, reference), TemplateOds.MimeType, "ods"),
            _ => (null, "", ""),
        };
        if (bytes is null) return FrontDoorResponse.Error(400, "Format de modèle inconnu : format=xlsx (Excel) ou ods (LibreOffice).");
        return new FrontDoorResponse(200, mediaType, bytes)
            .WithHeader("Content-Disposition", $"attachment; filename=\"modele-{type}-{region}.{extension}\"");
    }

    private async Task<FrontDoorResponse> ValidateAsync(FrontDoorRequest request, string region, CancellationToken ct)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(request, options.MaxUploadBytes, ct);
        if (upload is null) return problem!;
        await using (upload)
        {
            var report = await ValidateUploadAsync(upload, region, ct);
            return FrontDoorResponse.Json(200, ValidationReportJson.ToBytes(report));
        }
    }

    private Task<ValidationReport> ValidateUploadAsync(UploadedFile upload, string region, CancellationToken ct)
    {
        // An unsupported extension keeps its name so the report says which format was sent.
        var name = DepositName.Sanitise(upload.FileName) ?? Path.GetFileName(upload.FileName.Replace('\\', '/'));
        return new ReportValidator(reference, Reading.ReadLimits.Default with { MaxUploadBytes = options.MaxUploadBytes })
            .ValidateAsync(upload.Content, $"{region}/{name}", region, c => LoadProjectsAsync(region, c), sink: null, ct);
    }

    private async Task<IReadOnlySet<string>> LoadProjectsAsync(string region, CancellationToken ct) =>
        await CuratedProjectIds.ReadAsync(store.Curated, store.Units, region, ct);

    private async Task<FrontDoorResponse> DepositAsync(FrontDoorRequest request, string region, CancellationToken ct)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(request, options.MaxUploadBytes, ct);
        if (upload is null) return problem!;
        await using (upload)
        {
            if (DepositName.Sanitise(upload.FileName) is not { } name)
                return FrontDoorResponse.Error(400, UnsupportedFormat.Of(upload.FileName).Text);
            // The caller's region is the first segment, whatever the form or the file name say.
            var path = $"{region}/{DepositFolder}/{name}";
            await store.Uploads.WriteAsync(path, upload.Content, ct);
            var record = await processing.ProcessAsync(new UploadRef(path, clock.GetUtcNow()), ct);
            var body = JsonWriting.Object(json =>
            {
                json.WriteString("chemin", path);
                json.WriteString("fichier", name);
                if (record is null)
                {
                    json.WriteString("resultat", DepositOutcome.EnCours);
                    return;
                }
                WriteRecordFields(json, record);
            });
            return FrontDoorResponse.Json(record is null ? 202 : 201, body);
        }
    }

    private async Task<FrontDoorResponse> ListAsync(string region, CancellationToken ct)
    {
        var records = new List<IngestionRecord>();
        await foreach (var record in store.Log.ListAsync(region, ct))
            if (record.CodeRegion == region) records.Add(record);
        var latest = records.GroupBy(r => r.SourcePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.ProcessedAt), StringComparer.Ordinal);

        // Deposits not yet processed (or newer than their last processing): the trigger has them.
        var pending = new List<StoredFile>();
        await foreach (var file in store.Uploads.ListAsync($"{region}/", ct))
            if (!latest.TryGetValue(file.Path, out var processed) || processed < file.LastModified)
                pending.Add(file);

        var body = JsonWriting.ArrayOf(json =>
        {
            foreach (var file in pending.OrderByDescending(f => f.LastModified).Take(options.MaxListed))
            {
                json.WriteStartObject();
                json.WriteString("chemin", file.Path);
                json.WriteString("fichier", Path.GetFileName(file.Path));
                json.WriteString("resultat", DepositOutcome.EnCours);
                json.WriteString("depose_le", file.LastModified);
                json.WriteEndObject();
            }
            foreach (var record in records.OrderByDescending(r => r.ProcessedAt).Take(options.MaxListed))
            {
                json.WriteStartObject();
                json.WriteString("chemin", record.SourcePath);
                json.WriteString("fichier", Path.GetFileName(record.SourcePath));
                WriteRecordFields(json, record);
                json.WriteEndObject();
            }
        });
        return FrontDoorResponse.Json(200, body);
    }

    private static void WriteRecordFields(Utf8JsonWriter json, IngestionRecord record)
    {
        json.WriteString("id", record.IngestionId);
        json.WriteString("resultat", DepositOutcome.Of(record.Outcome));
        json.WriteString("type", record.Kind);
        json.WriteNumber("lignes", record.Rows);
        json.WriteNumber("erreurs", record.Errors);
        json.WriteNumber("avertissements", record.Warnings);
        json.WriteString("depose_le", record.UploadedAt);
        json.WriteString("traite_le", record.ProcessedAt);
        json.WriteString("rapport", record.ReportPath is null ? null : $"/api/rapports/{record.IngestionId}");
    }

    private async Task<FrontDoorResponse> ReportAsync(string id, string region, CancellationToken ct)
    {
        var notFound = FrontDoorResponse.Error(404, "Rapport introuvable pour votre région.");
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiLetterOrDigit)) return notFound;
        IngestionRecord? found = null;
        await foreach (var record in store.Log.ListAsync(region, ct))
            if (record.CodeRegion == region && record.IngestionId == id && record.ReportPath is not null) found = record;
        if (found?.ReportPath is not { } reportPath || !reportPath.StartsWith(region + "/", StringComparison.Ordinal)) return notFound;
        var htmlPath = reportPath.EndsWith(".json", StringComparison.Ordinal) ? reportPath[..^".json".Length] + ".html" : reportPath;
        await using var html = await store.Reports.OpenReadAsync(htmlPath, ct);
        if (html is null) return notFound;
        using var buffer = new MemoryStream();
        await html.CopyToAsync(buffer, ct);
        return new FrontDoorResponse(200, FrontDoorResponse.HtmlType, buffer.ToArray())
            .WithHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'");
    }
}
