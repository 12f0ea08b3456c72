using System.Text.Encodings.Web;
using System.Text.Json;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Access;

/// <summary>
/// The analysts' ingestion history (<c>code_region</c>): the region's most recent processed files, newest
/// first, with their outcome and the addresses of their validation report (JSON and HTML).
/// </summary>
public sealed class IngestionHistoryService(IPipelineStore store, AdministrativeReference reference)
{
    public const int DefaultLimit = 50;

    public async Task<QueryOutcome<IReadOnlyList<IngestionRecord>>> QueryAsync(string? codeRegion, int limit = DefaultLimit,
        CancellationToken cancellationToken = default)
    {
        if (!QueryParameters.TryRegion(codeRegion, reference, required: true, out var region, out var error))
            return QueryOutcome<IReadOnlyList<IngestionRecord>>.Refused(error!);

        var records = new List<IngestionRecord>();
        await foreach (var record in store.Log.ListAsync(region, cancellationToken))
            records.Add(record);
        return QueryOutcome<IReadOnlyList<IngestionRecord>>.Found([.. records.OrderByDescending(r => r.ProcessedAt).Take(limit)]);
    }

    /// <summary>French outcome names, as the regions read them in their reports.</summary>
    public static string ResultatOf(IngestionOutcome outcome) => outcome switch
    {
        IngestionOutcome.Accepted => "accepte",
        IngestionOutcome.Rejected => "rejete",
        IngestionOutcome.Unchanged => "inchange",
        IngestionOutcome.Superseded => "remplace",
        _ => "echec",
    };

    /// <summary>The records as the API's JSON: French names, the outcome in French, the reports' addresses in the store.</summary>
    public byte[] ToJson(IReadOnlyList<IngestionRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var r in records)
            {
                json.WriteStartObject();
                json.WriteString("id_ingestion", r.IngestionId);
                json.WriteString("code_region", r.CodeRegion);
                json.WriteString("chemin", r.SourcePath);
                json.WriteString("sha256", r.Sha256);
                json.WriteString("type", r.Kind);
                json.WriteString("resultat", ResultatOf(r.Outcome));
                json.WriteString("depose_le", r.UploadedAt);
                json.WriteString("traite_le", r.ProcessedAt);
                json.WriteNumber("lignes", r.Rows);
                json.WriteNumber("erreurs", r.Errors);
                json.WriteNumber("avertissements", r.Warnings);
                json.WriteStartArray("unites_ecrites");
                foreach (var unit in r.UnitsWritten) json.WriteStringValue(unit);
                json.WriteEndArray();
                json.WriteString("rapport", r.ReportPath is null ? null : store.Describe("reports", r.ReportPath));
                json.WriteString("rapport_html", r.ReportPath is null ? null : store.Describe("reports", ReportPaths.HtmlOf(r.ReportPath)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }
}
