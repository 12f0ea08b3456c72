using Fnavdl.Core.Storage;
using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The gold file of a year's indicators: Parquet (Snappy), one row group, the spec's columns in its
/// order. Deterministic: the same rows give the same bytes.
/// </summary>
public static class IndicatorFile
{
    private static readonly DataField<int> Annee = new("annee", false);
    private static readonly DataField<string> Perimetre = new("perimetre", false);
    private static readonly DataField<string> CodeRegion = new("code_region", true);
    private static readonly DataField<string> AppelAProjets = new("appel_a_projets", true);
    private static readonly DataField<string> Indicateur = new("indicateur", false);
    private static readonly DataField<string> Dimension = new("dimension", true);
    private static readonly DataField<double> Valeur = new("valeur", false);
    private static readonly DataField<double> Numerateur = new("numerateur", true);
    private static readonly DataField<double> Denominateur = new("denominateur", true);
    private static readonly DataField<string> Unite = new("unite", false);

    public static ParquetSchema Schema { get; } =
        new(Annee, Perimetre, CodeRegion, AppelAProjets, Indicateur, Dimension, Valeur, Numerateur, Denominateur, Unite);

    public static async Task WriteAsync(Stream output, IReadOnlyList<IndicatorRow> rows, CancellationToken ct = default)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, append: false, ct);
        using var rowGroup = writer.CreateRowGroup();
        await rowGroup.WriteAsync(Annee, new ReadOnlyMemory<int>([.. rows.Select(r => r.Annee)]), null, null, ct);
        await rowGroup.WriteAsync(Perimetre, [.. rows.Select(r => r.Perimetre)], null);
        await rowGroup.WriteAsync(CodeRegion, [.. rows.Select(r => r.CodeRegion)], null);
        await rowGroup.WriteAsync(AppelAProjets, [.. rows.Select(r => r.AppelAProjets)], null);
        await rowGroup.WriteAsync(Indicateur, [.. rows.Select(r => r.Indicateur)], null);
        await rowGroup.WriteAsync(Dimension, [.. rows.Select(r => r.Dimension)], null);
        await rowGroup.WriteAsync(Valeur, new ReadOnlyMemory<double>([.. rows.Select(r => r.Valeur)]), null, null, ct);
        await rowGroup.WriteAsync(Numerateur, new ReadOnlyMemory<double?>([.. rows.Select(r => r.Numerateur)]), null, null, ct);
        await rowGroup.WriteAsync(Denominateur, new ReadOnlyMemory<double?>([.. rows.Select(r => r.Denominateur)]), null, null, ct);
        await rowGroup.WriteAsync(Unite, [.. rows.Select(r => r.Unite)], null);
        rowGroup.CompleteValidate();
    }

    /// <summary>Writes a year's rows to <see cref="GoldLayout.IndicateursFile"/>, replacing the earlier file whole.</summary>
    public static async Task<string> WriteAsync(IFileArea gold, int annee, IReadOnlyList<IndicatorRow> rows, CancellationToken ct = default)
    {
        var path = GoldLayout.IndicateursFile(annee);
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, rows, ct);
        buffer.Position = 0;
        await gold.WriteAsync(path, buffer, ct);
        return path;
    }

    public static async Task<IReadOnlyList<IndicatorRow>> ReadAsync(Stream input, CancellationToken ct = default)
    {
        await using var reader = await ParquetReader.CreateAsync(input, null, leaveStreamOpen: true, ct);
        var rows = new List<IndicatorRow>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var n = checked((int)rowGroup.RowCount);
            var annee = new int[n];
            var valeur = new double[n];
            var numerateur = new double?[n];
            var denominateur = new double?[n];
            await rowGroup.ReadAsync(Annee, annee.AsMemory(), null, ct);
            await rowGroup.ReadAsync(Valeur, valeur.AsMemory(), null, ct);
            await rowGroup.ReadAsync(Numerateur, numerateur.AsMemory(), null, ct);
            await rowGroup.ReadAsync(Denominateur, denominateur.AsMemory(), null, ct);
            var perimetre = await Strings(Perimetre);
            var region = await Strings(CodeRegion);
            var appel = await Strings(AppelAProjets);
            var indicateur = await Strings(Indicateur);
            var dimension = await Strings(Dimension);
            var unite = await Strings(Unite);
            for (var i = 0; i < n; i++)
                rows.Add(new IndicatorRow(annee[i], perimetre[i]!, region[i], appel[i], indicateur[i]!, dimension[i], valeur[i], numerateur[i], denominateur[i], unite[i]!));

            async Task<string?[]> Strings(DataField field)
            {
                var values = new string?[n];
                await rowGroup.ReadAsync(field, values.AsMemory(), null, ct);
                return values;
            }
        }
        return rows;
    }
}
