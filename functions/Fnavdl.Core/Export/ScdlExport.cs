using System.Globalization;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;

namespace Fnavdl.Core.Export;

/// <summary>
/// Writes the curated projects of a year (and optionally one region) as an SCDL « subventions » CSV:
/// one row per project, the lead carrier as the beneficiary. What the lake does not know stays empty
/// (the schema's missing value): the summary counts, per required column, the rows left without it.
/// </summary>
/// <remarks>
/// From the lake: nomAttribuant (the region's DREETS, <see cref="Attribuant"/>), dateConvention
/// (<c>date_decision</c>: the committee's decision, the closest date the lake holds), nomBeneficiaire
/// (<c>porteur</c>), idBeneficiaire (<c>siren_porteur</c> when it is a 14-digit SIRET; a 9-digit SIREN
/// names the legal unit, not the establishment the schema asks for, and is not padded into a SIRET),
/// objet (<c>intitule</c>, cut to 256 characters with « … »), montant (<c>montant_accorde</c>, two
/// decimals and a point). Constant for the fund: nature, pourcentageSubvention, dispositifAide
/// (<see cref="ScdlSubventions"/>). Empty: idAttribuant, referenceDecision, rnaBeneficiaire,
/// conditionsVersement, datesPeriodeVersement, idRAE, notificationUE.
/// </remarks>
public sealed class ScdlExport(IFileArea curated, IUnitRegistry units, AdministrativeReference reference)
{
    public async Task<ScdlExportSummary> WriteAsync(int annee, string? codeRegion, Stream output, CancellationToken ct = default)
    {
        // The current version of each unit, as the regions' manifests name it, read again whole if one is switched meanwhile.
        var grants = await CuratedYearReader.ReadCurrentAsync(units, await CuratedYearReader.ListAsync(units, ct), async index =>
        {
            var read = new List<Grant>();
            foreach (var file in index.Files(CuratedLayout.Projets, annee))
                if (codeRegion is null || file.Region == codeRegion)
                    read.AddRange(await ReadAsync(file, ct));
            return read;
        }, ct);
        grants.Sort(static (a, b) =>
        {
            var byRegion = string.CompareOrdinal(a.CodeRegion, b.CodeRegion);
            if (byRegion != 0) return byRegion;
            var byCall = string.CompareOrdinal(a.AppelAProjets, b.AppelAProjets);
            return byCall != 0 ? byCall : string.CompareOrdinal(a.IdProjet, b.IdProjet);
        });

        var leftEmpty = ScdlSubventions.Required.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        int sirenOnly = 0, shortened = 0;
        using (var csv = new ScdlCsv(output))
        {
            csv.WriteRow(ScdlSubventions.Columns);
            foreach (var grant in grants)
            {
                var row = ToRow(grant);
                csv.WriteRow(row);
                for (var i = 0; i < row.Length; i++)
                    if (row[i].Length == 0 && leftEmpty.TryGetValue(ScdlSubventions.Columns[i], out var count))
                        leftEmpty[ScdlSubventions.Columns[i]] = count + 1;
                if (grant.SirenPorteur is { Length: 9 }) sirenOnly++;
                if (grant.Intitule.Length > ScdlSubventions.ObjetMaxLength) shortened++;
            }
        }
        return new ScdlExportSummary(grants.Count, grants.Sum(g => g.MontantAccorde), leftEmpty, sirenOnly, shortened);
    }

    private string[] ToRow(Grant grant)
    {
        var region = reference.FindRegion(grant.CodeRegion)
            ?? throw new InvalidDataException($"curated projets hold unknown region {grant.CodeRegion}");
        return
        [
            Attribuant.Nom(region),
            "", // idAttribuant: see Attribuant
            grant.DateDecision?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            "", // referenceDecision: the lake holds no reference of the decision act
            grant.Porteur,
            grant.SirenPorteur is { Length: 14 } siret ? siret : "",
            "", // rnaBeneficiaire: not collected
            Objet(grant.Intitule),
            grant.MontantAccorde.ToString("0.00", CultureInfo.InvariantCulture),
            ScdlSubventions.NatureNumeraire,
            "", // conditionsVersement: not collected
            "", // datesPeriodeVersement: not collected
            "", // idRAE: business aid only
            "", // notificationUE: not collected
            ScdlSubventions.PourcentageUnique,
            ScdlSubventions.DispositifAide,
        ];
    }

    private static string Objet(string intitule) => intitule.Length <= ScdlSubventions.ObjetMaxLength
        ? intitule
        : intitule[..(ScdlSubventions.ObjetMaxLength - 1)] + "…";

    private sealed record Grant(string CodeRegion, string AppelAProjets, string IdProjet, DateOnly? DateDecision,
        string Intitule, string Porteur, string? SirenPorteur, decimal MontantAccorde);

    private async Task<List<Grant>> ReadAsync(CuratedYearReader.CuratedFile file, CancellationToken ct)
    {
        var grants = new List<Grant>();
        await using var reader = await CuratedYearReader.OpenAsync(curated, file.Path, ct);
        var schema = reader.Schema;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var n = checked((int)rowGroup.RowCount);
            var appels = await CuratedYearReader.ReadStringsAsync(rowGroup, schema.FindDataField(P.AppelAProjets.Name), n, ct);
            var ids = await CuratedYearReader.ReadStringsAsync(rowGroup, schema.FindDataField(P.IdProjet.Name), n, ct);
            // Parquet.Net hands a DATE column back as DateTime (midnight).
            var dates = await CuratedYearReader.ReadOptionalAsync<DateTime>(rowGroup, schema.FindDataField(P.DateDecision.Name), n, ct);
            var intitules = await CuratedYearReader.ReadStringsAsync(rowGroup, schema.FindDataField(P.Intitule.Name), n, ct);
            var porteurs = await CuratedYearReader.ReadStringsAsync(rowGroup, schema.FindDataField(P.Porteur.Name), n, ct);
            var sirens = new string?[n];
            await rowGroup.ReadAsync(schema.FindDataField(P.SirenPorteur.Name), sirens.AsMemory(), null, ct);
            var montants = await CuratedYearReader.ReadAsync<decimal>(rowGroup, schema.FindDataField(P.MontantAccorde.Name), n, ct);
            for (var i = 0; i < n; i++)
                grants.Add(new Grant(file.Region, appels[i], ids[i], dates[i] is { } d ? DateOnly.FromDateTime(d) : null, intitules[i], porteurs[i], sirens[i], montants[i]));
        }
        return grants;
    }
}
