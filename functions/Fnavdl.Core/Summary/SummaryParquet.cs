using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary's long tables as Parquet (Snappy, one row group, exact values): the figures with the
/// year before, the regions' data quality, and the lineage; instants as UTC timestamps. Same summary, same bytes.
/// </summary>
internal static class SummaryParquet
{
    public static async Task<byte[]> ChiffresAsync(YearlySummary s, CancellationToken ct = default)
    {
        var rows = s.Chiffres;
        DataField<int> annee = new("annee", false);
        DataField<string> perimetre = new("perimetre", false), region = new("code_region", true), nom = new("nom_region", true),
            indicateur = new("indicateur", false), dimension = new("dimension", true), unite = new("unite", false);
        DataField<double> valeur = new("valeur", false);
        DataField<double> num = new("numerateur", true), den = new("denominateur", true), prev = new("valeur_precedente", true), ecart = new("ecart", true);
        return await WriteAsync(new ParquetSchema(annee, perimetre, region, nom, indicateur, dimension, valeur, num, den, unite, prev, ecart), async g =>
        {
            await g.WriteAsync(annee, new ReadOnlyMemory<int>([.. rows.Select(_ => s.Annee)]), null, null, ct);
            await g.WriteAsync(perimetre, [.. rows.Select(r => r.Perimetre)], null);
            await g.WriteAsync(region, [.. rows.Select(r => r.CodeRegion)], null);
            await g.WriteAsync(nom, [.. rows.Select(r => r.NomRegion)], null);
            await g.WriteAsync(indicateur, [.. rows.Select(r => r.Indicateur)], null);
            await g.WriteAsync(dimension, [.. rows.Select(r => r.Dimension)], null);
            await g.WriteAsync(valeur, new ReadOnlyMemory<double>([.. rows.Select(r => r.Valeur)]), null, null, ct);
            await g.WriteAsync(num, new ReadOnlyMemory<double?>([.. rows.Select(r => r.Numerateur)]), null, null, ct);
            await g.WriteAsync(den, new ReadOnlyMemory<double?>([.. rows.Select(r => r.Denominateur)]), null, null, ct);
            await g.WriteAsync(unite, [.. rows.Select(r => r.Unite)], null);
            await g.WriteAsync(prev, new ReadOnlyMemory<double?>([.. rows.Select(r => r.ValeurPrecedente)]), null, null, ct);
            await g.WriteAsync(ecart, new ReadOnlyMemory<double?>([.. rows.Select(r => r.Ecart)]), null, null, ct);
        }, ct);
    }

    public static async Task<byte[]> QualiteAsync(YearlySummary s, CancellationToken ct = default)
    {
        var rows = s.Qualite;
        DataField<int> annee = new("annee", false), projets = new("nb_projets", false), fichiers = new("nb_fichiers", false), warnings = new("avertissements", false);
        DataField<string> region = new("code_region", false), nom = new("nom_region", false);
        DataField<bool> declarante = new("declarante", false);
        var dernier = Instant("dernier_fichier_accepte_le", nullable: true);
        return await WriteAsync(new ParquetSchema(annee, region, nom, declarante, projets, fichiers, dernier, warnings), async g =>
        {
            await g.WriteAsync(annee, new ReadOnlyMemory<int>([.. rows.Select(_ => s.Annee)]), null, null, ct);
            await g.WriteAsync(region, [.. rows.Select(r => r.CodeRegion)], null);
            await g.WriteAsync(nom, [.. rows.Select(r => r.NomRegion)], null);
            await g.WriteAsync(declarante, new ReadOnlyMemory<bool>([.. rows.Select(r => r.Declarante)]), null, null, ct);
            await g.WriteAsync(projets, new ReadOnlyMemory<int>([.. rows.Select(r => r.NbProjets)]), null, null, ct);
            await g.WriteAsync(fichiers, new ReadOnlyMemory<int>([.. rows.Select(r => r.NbFichiers)]), null, null, ct);
            await g.WriteAsync(dernier, new ReadOnlyMemory<DateTime?>([.. rows.Select(r => r.DernierFichierAccepteLe?.UtcDateTime)]), null, null, ct);
            await g.WriteAsync(warnings, new ReadOnlyMemory<int>([.. rows.Select(r => r.Avertissements)]), null, null, ct);
        }, ct);
    }

    public static async Task<byte[]> LignageAsync(YearlySummary s, CancellationToken ct = default)
    {
        var rows = s.Lignage;
        DataField<int> annee = new("annee", false), warnings = new("avertissements", false);
        DataField<string> region = new("code_region", false), chemin = new("chemin", false), sha = new("sha256", false), unites = new("unites", false);
        DataField depose = Instant("depose_le", nullable: false), traite = Instant("traite_le", nullable: false);
        return await WriteAsync(new ParquetSchema(annee, region, chemin, sha, depose, traite, warnings, unites), async g =>
        {
            await g.WriteAsync(annee, new ReadOnlyMemory<int>([.. rows.Select(_ => s.Annee)]), null, null, ct);
            await g.WriteAsync(region, [.. rows.Select(r => r.CodeRegion)], null);
            await g.WriteAsync(chemin, [.. rows.Select(r => r.Chemin)], null);
            await g.WriteAsync(sha, [.. rows.Select(r => r.Sha256)], null);
            await g.WriteAsync(depose, new ReadOnlyMemory<DateTime>([.. rows.Select(r => r.DeposeLe.UtcDateTime)]), null, null, ct);
            await g.WriteAsync(traite, new ReadOnlyMemory<DateTime>([.. rows.Select(r => r.TraiteLe.UtcDateTime)]), null, null, ct);
            await g.WriteAsync(warnings, new ReadOnlyMemory<int>([.. rows.Select(r => r.Avertissements)]), null, null, ct);
            await g.WriteAsync(unites, [.. rows.Select(r => string.Join(";", r.Unites))], null);
        }, ct);
    }

    // INT64 TIMESTAMP(MILLIS, isAdjustedToUTC) like the curated tables' instants, not Parquet.Net's default INT96,
    // which DuckDB, Spark and Power BI read as a zone-less time (or not at all).
    private static DateTimeDataField Instant(string name, bool nullable) =>
        new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: nullable);

    private static async Task<byte[]> WriteAsync(ParquetSchema schema, Func<ParquetRowGroupWriter, Task> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, buffer, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, append: false, ct))
        {
            using var rowGroup = writer.CreateRowGroup();
            await write(rowGroup);
            rowGroup.CompleteValidate();
        }
        return buffer.ToArray();
    }
}
