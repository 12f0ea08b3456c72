using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// From an uploaded file to curated Parquet, whole or not at all, with an effect that does not
/// depend on how many times or in which order deliveries arrive:
/// <list type="number">
/// <item>spool the upload and hash it; archive it by content hash (write-once);</item>
/// <item>an identical file whose units are all still current is reported unchanged;</item>
/// <item>validate and stage every unit to temporary Parquet files in one streaming pass;</item>
/// <item>rejected: write the report, log, stop; nothing reaches the curated area;</item>
/// <item>accepted: commit the deposit under its region's lock (<see cref="DepositCommit"/>) — the newer
/// upload (by upload time) keeps each unit, an older version finishing later never overwrites it. The
/// commit writes the units' files under names of their own version beside the current ones, then
/// replaces the region's manifest (the one pointer readers follow) once for all of them, then deletes
/// the other versions' files: a crash at any step leaves readers every unit of the deposit old or every
/// one new, and the next commit of a unit removes the leftovers;</item>
/// <item>write the report and log the outcome: of the deliveries of one version, the first to log
/// it is "accepted", any other "unchanged".</item>
/// </list>
/// Temporary files live in a locked <see cref="WorkFolder"/>: what a killed run leaves there is
/// deleted by the next ingestion.
/// </summary>
public sealed class UploadIngestionService(IPipelineStore store, AdministrativeReference reference,
    IngestionOptions options, TimeProvider clock) : IUploadIngestion
{
    public async Task<IngestionRecord> IngestAsync(UploadRef upload, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        // Checked before the store is touched: a path that climbs must not even be read (a local
        // folder or a blob URL would resolve it into another region's folder).
        if (UploadPath.Problem(upload.Path) is { } refused)
            return await RefusePathAsync(upload, refused, started, cancellationToken);
        var path = UploadPath.Normalise(upload.Path);
        using var work = WorkFolder.Create(options.TempFolder);
        await using var content = await store.Uploads.OpenReadAsync(path, cancellationToken)
            ?? throw new FileNotFoundException($"Upload not found in the uploads area: {path}", path);
        await using var spooled = await SpooledUpload.CreateAsync(content, work.PathOf("upload"), options.Limits.MaxUploadBytes, cancellationToken);
        var region = UploadPath.RegionOf(path, reference, out var pathProblem);
        var record = new IngestionRecord
        {
            IngestionId = IngestionIdOf(path, spooled.Sha256),
            CodeRegion = region ?? "inconnue",
            SourcePath = path,
            Sha256 = spooled.Sha256,
            SizeBytes = spooled.KnownSize ?? spooled.Size,
            Outcome = IngestionOutcome.Failed,
            UploadedAt = upload.UploadedAt,
            ProcessedAt = clock.GetUtcNow(),
        };
        try
        {
            return await IngestSpooledAsync(record, spooled, work, region, pathProblem, started, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged, then rethrown: the trigger's retries and poison queue take it from here.
            try
            {
                await store.Log.AppendAsync(record with
                {
                    Outcome = IngestionOutcome.Failed,
                    FailureMessage = $"{ex.GetType().Name}: {ex.Message}",
                    TotalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                }, CancellationToken.None);
            }
            catch (Exception logFailure) when (logFailure is not OperationCanceledException)
            {
                // The log lives on the same failing storage (disk full, read-only): the original error is the one to report.
            }
            throw;
        }
    }

    private async Task<IngestionRecord> IngestSpooledAsync(IngestionRecord record, SpooledUpload spooled, WorkFolder work, string? region,
        IssueMessage? pathProblem, long started, CancellationToken ct)
    {
        var rawPath = RawArchive.PathOf(record.CodeRegion, record.SourcePath, record.Sha256);
        if (!spooled.Truncated)
        {
            await store.Raw.WriteIfAbsentAsync(rawPath, spooled.File, ct);
            spooled.File.Position = 0;
            record = record with { RawPath = rawPath };
        }

        if (region is not null && await FindUnchangedAsync(record, ct) is { } accepted)
            return await LogAsync(record with
            {
                Outcome = IngestionOutcome.Unchanged,
                Kind = accepted.Kind,
                Rows = accepted.Rows,
                Warnings = accepted.Warnings,
                ReportPath = accepted.ReportPath,
                UnitsWritten = [],
            }, started, ct);

        var lineage = new Lineage(record.SourcePath, record.Sha256, record.IngestionId, record.UploadedAt);
        await using var stager = new UnitStager(lineage, work.PathOf("staging"), options.RowGroupSize);
        var validationStarted = Stopwatch.GetTimestamp();
        ValidationReport report;
        if (region is null)
            report = StructureError(record, pathProblem!);
        else if (spooled.Truncated)
            report = StructureError(record, UploadSizeLimit.Message(spooled.KnownSize, options.Limits.MaxUploadBytes));
        else
            report = await ValidateWithinDeadlineAsync(spooled, record, region, stager, ct);
        report = report with { Sha256 = record.Sha256, SizeBytes = record.SizeBytes };
        record = record with
        {
            Kind = report.Kinds.Count == 0 ? null : string.Join('+', report.Kinds),
            Rows = report.Rows,
            Errors = report.ErrorCount,
            Warnings = report.WarningCount,
            ValidationMs = Stopwatch.GetElapsedTime(validationStarted).TotalMilliseconds,
        };

        if (!report.IsValid)
        {
            record = record with
            {
                Outcome = IngestionOutcome.Rejected,
                ReportPath = await WriteReportAsync(report, ct),
                FailureMessage = report.Issues.FirstOrDefault(i => i.Code == IssueCodes.DelaiDepasse)?.Message,
            };
            return await LogAsync(record, started, ct);
        }

        var mine = new UnitVersion("", record.SourcePath, record.Sha256, record.UploadedAt, record.IngestionId);
        var committed = await new DepositCommit(store).CommitAsync(region!, await stager.CompleteAsync(ct), mine, ct);
        record = record with
        {
            Outcome = committed.Owned.Count == 0 && committed.Superseded.Count > 0 ? IngestionOutcome.Superseded : IngestionOutcome.Accepted,
            UnitsWritten = committed.Owned,
            UnitsSuperseded = committed.Superseded,
            ReportPath = await WriteReportAsync(report, ct),
        };
        return await LogAsync(record, started, ct);
    }

    /// <summary>
    /// Validates and stages within the file's deadline (<see cref="IngestionOptions.FileDeadline"/>). A file stopped
    /// there is rejected with the deadline's message, not thrown: its cost does not change on a retry, so a redelivery
    /// would only spend the deadline again (a re-upload, or a delivery the platform repeats, is validated afresh).
    /// The caller's own cancellation (host shutdown) still propagates, and the trigger retries that.
    /// </summary>
    private async Task<ValidationReport> ValidateWithinDeadlineAsync(SpooledUpload spooled, IngestionRecord record, string region,
        UnitStager stager, CancellationToken ct)
    {
        using var deadline = options.FileDeadline is { } limit ? new CancellationTokenSource(limit, clock) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return await new ReportValidator(reference, options.Limits).ValidateAsync(spooled.File, record.SourcePath, region,
                async c => await CuratedProjectIds.ReadAsync(store.Curated, store.Units, region, c), stager, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return StructureError(record, ProcessingDeadline.Integration(options.FileDeadline!.Value));
        }
    }

    /// <summary>An accepted version with the same content whose units all still belong to that content, files included.</summary>
    private async Task<IngestionRecord?> FindUnchangedAsync(IngestionRecord record, CancellationToken ct)
    {
        UnitManifest? manifest = null;
        var commit = new DepositCommit(store);
        await foreach (var earlier in store.Log.ListAsync(record.CodeRegion, ct))
        {
            if (earlier.Outcome != IngestionOutcome.Accepted || earlier.Sha256 != record.Sha256) continue;
            manifest ??= await UnitManifest.ReadAsync(store.Units, record.CodeRegion, ct);
            var allCurrent = true;
            foreach (var unit in earlier.UnitsWritten)
            {
                var current = manifest.Find(unit);
                if (current?.Sha256 != record.Sha256 || !await commit.IsCompleteAsync(current, ct)) { allCurrent = false; break; }
            }
            if (allCurrent) return earlier;
        }
        return null;
    }

    /// <summary>
    /// A refused path: nothing is read, archived or curated; the report goes to the claimed
    /// region's own folder under a hash of the path, and the log shows the path escaped.
    /// </summary>
    private async Task<IngestionRecord> RefusePathAsync(UploadRef upload, IssueMessage problem, long started, CancellationToken ct)
    {
        var shown = PrintableText.Of(upload.Path);
        var region = UploadPath.ClaimedRegion(upload.Path, reference);
        var record = new IngestionRecord
        {
            IngestionId = IngestionIdOf(shown, ""),
            CodeRegion = region ?? "inconnue",
            SourcePath = shown,
            Sha256 = "",
            SizeBytes = 0,
            Outcome = IngestionOutcome.Rejected,
            Errors = 1,
            UploadedAt = upload.UploadedAt,
            ProcessedAt = clock.GetUtcNow(),
        };
        if (region is not null)
        {
            var report = StructureError(record, problem);
            record = record with
            {
                ReportPath = await WriteReportAsync(report, ReportPaths.RefusedPath(region, upload.Path, "json"),
                    ReportPaths.RefusedPath(region, upload.Path, "html"), ct),
            };
        }
        return await LogAsync(record, started, ct);
    }

    private Task<string> WriteReportAsync(ValidationReport report, CancellationToken ct) =>
        WriteReportAsync(report, ReportPaths.Json(report.SourcePath, report.Sha256!), ReportPaths.Html(report.SourcePath, report.Sha256!), ct);

    private async Task<string> WriteReportAsync(ValidationReport report, string jsonPath, string htmlPath, CancellationToken ct)
    {
        using (var json = new MemoryStream(ValidationReportJson.ToBytes(report)))
            await store.Reports.WriteAsync(jsonPath, json, ct);
        using (var html = new MemoryStream(ValidationReportHtml.ToBytes(report)))
            await store.Reports.WriteAsync(htmlPath, html, ct);
        return jsonPath;
    }

    /// <summary>Logs the record; an accepted version another delivery already logged is this one's "unchanged".</summary>
    private async Task<IngestionRecord> LogAsync(IngestionRecord record, long started, CancellationToken ct)
    {
        record = record with { TotalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        if (await store.Log.AppendAsync(record, ct)) return record;
        record = record with { Outcome = IngestionOutcome.Unchanged, UnitsWritten = [], UnitsSuperseded = [] };
        await store.Log.AppendAsync(record, ct);
        return record;
    }

    private ValidationReport StructureError(IngestionRecord record, IssueMessage message) => new()
    {
        SourcePath = record.SourcePath,
        CodeRegion = record.CodeRegion,
        ErrorCount = 1,
        Issues = [ValidationIssue.Of(message)],
        ReferenceSource = reference.Source,
    };

    /// <summary>Deterministic per (path, content): a redelivery carries the same id into the lineage columns.</summary>
    public static string IngestionIdOf(string path, string sha256) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{path}\n{sha256}")))[..16];
}
