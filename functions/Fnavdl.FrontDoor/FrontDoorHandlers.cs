using System.Globalization;
using System.Text.Json;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Templates;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;
using Fnavdl.FrontDoor.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fnavdl.FrontDoor;

/// <summary>
/// The regions' front door, one handler per route (<see cref="FrontDoorRoutes"/>), called as they are by Kestrel
/// (<c>fnavdl serve</c>) and by the Azure Functions: the page, the template, validation (nothing stored), deposit,
/// follow-up and reports. The region is the caller's, as the host established it (<see cref="IFrontDoorCallers"/>);
/// every state-changing request passes the browser-origin and anti-forgery checks; every read is limited to the
/// caller's own region (404 otherwise). A request's body and check stop at its deadline or when its client leaves.
/// </summary>
public sealed class FrontDoorHandlers(IPipelineStore store, AdministrativeReference reference, ReportValidator validator,
    IDepositProcessing processing, IFrontDoorCallers callers, IForgeryGuard forgery, FrontDoorOptions options, TimeProvider clock,
    ILogger<FrontDoorHandlers> logger)
{
    public const string DepositFolder = "portail";

    public static IResult Page() => FrontDoorPage.Html();

    public static IResult Asset(string? asset) => FrontDoorPage.Asset(asset) ?? NotFound;

    /// <summary>Any other address.</summary>
    public static IResult Unknown() => NotFound;

    public IResult Session(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = callers.Resolve(request);
        if (!caller.Authenticated) return SignIn;
        var token = forgery.Issue(request.HttpContext);
        return Answer.Json(200, JsonBody.Object(json =>
        {
            json.WriteString("region", caller.CodeRegion);
            json.WriteString("regionName", caller.CodeRegion is null ? null : reference.FindRegion(caller.CodeRegion)?.Nom);
            json.WriteBoolean("modeLocal", caller.LocalMode);
            json.WriteNumber("tailleMax", options.Limits.MaxUploadBytes);
            json.WriteString("jeton", token);
            if (caller.CodeRegion is null && caller.Problem is not null) json.WriteString("probleme", caller.Problem);
            if (caller.LocalMode)
            {
                json.WriteStartArray("regions");
                foreach (var r in reference.Regions.OrderBy(r => r.Nom, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)))
                {
                    json.WriteStartObject();
                    json.WriteString("code", r.Code);
                    json.WriteString("nom", r.Nom);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
        }));
    }

    /// <summary>The template as XLSX (the default) or OpenDocument (<c>format=ods</c>, for LibreOffice).</summary>
    public IResult Template(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (region, refusal) = Region(request);
        if (refusal is not null) return refusal;
        var type = request.Query["type"].ToString();
        ReportKind? kind = type switch { "projets" => ReportKind.Projets, "suivi" => ReportKind.Suivi, "enveloppes" => ReportKind.Enveloppes, _ => null };
        if (kind is null) return Answer.Error(400, "Précisez le modèle voulu : type=projets, suivi ou enveloppes.");
        var (bytes, mediaType, extension) = request.Query["format"].ToString() switch
        {
            "" or "xlsx" => (TemplateWorkbook.Build(kind.Value, region!, reference), Core.Spreadsheets.XlsxPackage.ContentType, "xlsx"),
            "ods" => (TemplateOds.Build(kind.Value, region!, reference), TemplateOds.MimeType, "ods"),
            _ => (null, "", ""),
        };
        if (bytes is null) return Answer.Error(400, "Format de modèle inconnu : format=xlsx (Excel) ou ods (LibreOffice).");
        return Answer.Of(200, mediaType, bytes)
            .WithHeader("Content-Disposition", $"attachment; filename=\"modele-{type}-{region}.{extension}\"");
    }

    public async Task<IResult> ValidateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (region, refusal) = await ChangeAsync(request);
        if (refusal is not null) return refusal;
        using var scope = new RequestScope(cancellationToken, options.RequestDeadline, clock);
        string? checkedPath = null;
        try
        {
            var (upload, problem) = await UploadedFile.ReadAsync(request, options.Limits.MaxUploadBytes, scope.Token);
            if (upload is null) return problem!;
            await using (upload)
            {
                // An unsupported extension keeps its name so the report says which format was sent.
                var name = DepositName.Sanitise(upload.FileName) ?? Path.GetFileName(upload.FileName.Replace('\\', '/'));
                checkedPath = $"{region}/{name}";
                var report = await validator.ValidateAsync(upload.Content, checkedPath, region!, c => LoadProjectsAsync(region!, c), sink: null, scope.Token);
                return Answer.Json(200, ValidationReportJson.ToBytes(report));
            }
        }
        catch (OperationCanceledException) when (scope.DeadlinePassed)
        {
            logger.LogWarning("Front door check of {Path} for region {Region} stopped at its deadline of {DeadlineSeconds} s",
                checkedPath ?? "(corps de la requête)", region, options.RequestDeadline.TotalSeconds);
            var message = ProcessingDeadline.Verification(options.RequestDeadline);
            return checkedPath is null
                ? Answer.Error(StatusCodes.Status408RequestTimeout, message.Text)
                : Answer.Json(200, ValidationReportJson.ToBytes(new ValidationReport
                {
                    SourcePath = checkedPath,
                    CodeRegion = region!,
                    ErrorCount = 1,
                    Issues = [ValidationIssue.Of(message)],
                    ReferenceSource = reference.Source,
                }));
        }
        catch (OperationCanceledException) when (scope.Aborted.IsCancellationRequested)
        {
            logger.LogInformation("Front door check of {Path} for region {Region} stopped: the client left", checkedPath ?? "(corps de la requête)", region);
            return Answer.Error(StatusCodes.Status499ClientClosedRequest, "Requête interrompue par le navigateur.");
        }
    }

    public async Task<IResult> DepositAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (region, refusal) = await ChangeAsync(request);
        if (refusal is not null) return refusal;
        UploadedFile? upload;
        using (var scope = new RequestScope(cancellationToken, options.RequestDeadline, clock))
        {
            try
            {
                (upload, var problem) = await UploadedFile.ReadAsync(request, options.Limits.MaxUploadBytes, scope.Token);
                if (upload is null) return problem!;
            }
            catch (OperationCanceledException) when (scope.DeadlinePassed)
            {
                return Answer.Error(StatusCodes.Status408RequestTimeout, ProcessingDeadline.Verification(options.RequestDeadline).Text);
            }
        }
        await using (upload)
        {
            if (DepositName.Sanitise(upload.FileName) is not { } name)
                return Answer.Error(400, UnsupportedFormat.Of(upload.FileName).Text);
            // The caller's region is the first segment, whatever the form or the file name say.
            var path = $"{region}/{DepositFolder}/{name}";
            await store.Uploads.WriteAsync(path, upload.Content, cancellationToken);
            // Stored: its ingestion has the per-file deadline of the pipeline (IngestionOptions.FileDeadline).
            var record = await processing.ProcessAsync(new UploadRef(path, clock.GetUtcNow()), cancellationToken);
            logger.LogInformation("Front door deposit {Path} for region {Region}: {Outcome}", path, region,
                record is null ? DepositOutcome.EnCours : DepositOutcome.Of(record.Outcome));
            var body = JsonBody.Object(json =>
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
            return Answer.Json(record is null ? 202 : 201, body);
        }
    }

    public async Task<IResult> ListDepositsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (region, refusal) = Region(request);
        if (refusal is not null) return refusal;
        var records = new List<IngestionRecord>();
        await foreach (var record in store.Log.ListAsync(region, cancellationToken))
            if (record.CodeRegion == region) records.Add(record);
        var latest = records.GroupBy(r => r.SourcePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.ProcessedAt), StringComparer.Ordinal);

        // Deposits not yet processed (or newer than their last processing): the trigger has them.
        var pending = new List<StoredFile>();
        await foreach (var file in store.Uploads.ListAsync($"{region}/", cancellationToken))
            if (!latest.TryGetValue(file.Path, out var processed) || processed < file.LastModified)
                pending.Add(file);

        var body = JsonBody.ArrayOf(json =>
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
        return Answer.Json(200, body);
    }

    public async Task<IResult> ReportAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (region, refusal) = Region(request);
        if (refusal is not null) return refusal;
        var notFound = Answer.Error(404, "Rapport introuvable pour votre région.");
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiLetterOrDigit)) return notFound;
        IngestionRecord? found = null;
        await foreach (var record in store.Log.ListAsync(region, cancellationToken))
            if (record.CodeRegion == region && record.IngestionId == id && record.ReportPath is not null) found = record;
        if (found?.ReportPath is not { } reportPath || !reportPath.StartsWith(region + "/", StringComparison.Ordinal)) return notFound;
        await using var html = await store.Reports.OpenReadAsync(ReportPaths.HtmlOf(reportPath), cancellationToken);
        if (html is null) return notFound;
        using var buffer = new MemoryStream();
        await html.CopyToAsync(buffer, cancellationToken);
        return Answer.Of(200, Answer.HtmlType, buffer.ToArray())
            .WithHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'");
    }

    private static readonly Answer SignIn = Answer.Error(401, "Connectez-vous avec votre compte du ministère pour accéder au dépôt.");
    private static readonly Answer NotFound = Answer.Error(404, "Cette adresse n'existe pas.");

    /// <summary>The caller's region, or the answer that refuses the request (401 not signed in, 403 without a region).</summary>
    private (string? Code, Answer? Refusal) Region(HttpRequest request)
    {
        var caller = callers.Resolve(request);
        if (!caller.Authenticated) return (null, SignIn);
        return caller.CodeRegion is { } code
            ? (code, null)
            : (null, Answer.Error(403, caller.Problem ?? "Votre compte n'est rattaché à aucune région : demandez à l'administrateur de vous ajouter au groupe de votre région."));
    }

    /// <summary>A state-changing request: the caller's region, then the browser's origin and the anti-forgery token.</summary>
    private async Task<(string? Code, Answer? Refusal)> ChangeAsync(HttpRequest request)
    {
        var (region, refusal) = Region(request);
        if (refusal is not null) return (null, refusal);
        if (BrowserOrigin.Problem(request) is { } origin) return (null, Answer.Error(403, origin));
        if (!await forgery.IsValidAsync(request.HttpContext))
            return (null, Answer.Error(403, "Requête refusée : jeton anti-falsification absent ou invalide. Rechargez la page puis recommencez."));
        return (region, null);
    }

    private async Task<IReadOnlySet<string>> LoadProjectsAsync(string region, CancellationToken ct) =>
        await CuratedProjectIds.ReadAsync(store.Curated, store.Units, region, ct);

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
        json.WriteString("rapport", record.ReportPath is null ? null : $"{FrontDoorRoutes.Api}/{FrontDoorRoutes.ReportsPrefix}/{record.IngestionId}");
    }
}
