using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Tests.Lake;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Indicators;

/// <summary>
/// A small curated lake written with the lake writers, whose indicators are worked out by hand in the tests:
/// <code>
/// 2021, region 93, call A1: P1 100 €  jeunes+dalo              co-porté, bailleur  EPCI E1     10 ménages  24 mois
///                           P2 200 €  jeunes                   bailleur            no EPCI     ménages ?   durée ?
///                           P3 300 €  dalo+sante_mentale+jeunes co-porté           EPCI E1, E2  0 ménages  12 mois
///       region 93, call A2: P4 400 €  dalo                                         EPCI E2     20 ménages   6 mois
///       region 84, call B : P5 1000 € autre+autre (two unknown labels)             no EPCI     ménages ?   durée ?
/// enveloppes 2021: 93 2 000 €, 53 500 € (a region with an envelope and no project); 2020: 93 1 000 €
/// suivi 2021, 93: (10 accompagnés, 4 sortis, 2 relogés, 1 maintien, 50 €), (0, -, -, -, 10 €), (6, 2, -, 1, -)
///             84: (0, 0, 0, 0, -)  → every suivi ratio of 84 has a zero denominator
/// </code>
/// </summary>
public sealed class IndicatorLake : IAsyncLifetime
{
    public TempStore Store { get; } = new();

    /// <summary>Two real EPCI of region 93, so that their populations come from the reference.</summary>
    public static EpciInfo E1 { get; } = AdministrativeReference.Embedded.Epcis.Where(e => e.RegionsOfMembers.SetEquals(["93"])).ElementAt(0);
    public static EpciInfo E2 { get; } = AdministrativeReference.Embedded.Epcis.Where(e => e.RegionsOfMembers.SetEquals(["93"])).ElementAt(1);

    public IReadOnlyList<IndicatorRow> Rows2021 { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var output = LakeSamples.FolderOutput(Store.Store.Curated.Root);
        await LakeSamples.WriteProjetsAsync(output,
        [
            Projet("93", "A1", "P1", 100m, ["jeunes", "dalo"], co: true, bailleur: true, epci: [E1.Siren], menages: 10, duree: 24),
            Projet("93", "A1", "P2", 200m, ["jeunes"], co: false, bailleur: true, epci: [], menages: null, duree: null),
            Projet("93", "A1", "P3", 300m, ["dalo", "sante_mentale", "jeunes"], co: true, bailleur: false, epci: [E1.Siren, E2.Siren], menages: 0, duree: 12),
        ], rowGroupSize: 2); // two row groups: themes must stay aligned across them
        await LakeSamples.WriteProjetsAsync(output, [Projet("93", "A2", "P4", 400m, ["dalo"], co: false, bailleur: false, epci: [E2.Siren], menages: 20, duree: 6)]);
        await LakeSamples.WriteProjetsAsync(output, [Projet("84", "B", "P5", 1000m, ["autre", "autre"], co: false, bailleur: false, epci: [], menages: null, duree: null)]);

        await WriteEnveloppeAsync(output, "93", 2021, 2000m);
        await WriteEnveloppeAsync(output, "53", 2021, 500m);
        await WriteEnveloppeAsync(output, "93", 2020, 1000m);

        await WriteSuiviAsync(output,
        [
            Suivi("93", "P1", 10, 4, 2, 1, 50m),
            Suivi("93", "P2", 0, null, null, null, 10m),
            Suivi("93", "P3", 6, 2, null, 1, null),
        ]);
        await WriteSuiviAsync(output, [Suivi("84", "P5", 0, 0, 0, 0, null)]);

        await CurrentUnits.AdoptWrittenAsync(Store.Store.Curated, Store.Store.Units, TempStore.T0);
        Rows2021 = await TestServices.Indicators().ComputeAsync(Store.Store, 2021);
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The rows of one indicator and scope (several for thematic indicators).</summary>
    public IReadOnlyList<IndicatorRow> Find(string indicateur, string perimetre, string? region = null, string? appel = null) =>
        [.. Rows2021.Where(r => r.Indicateur == indicateur && r.Perimetre == perimetre && r.CodeRegion == region && r.AppelAProjets == appel)];

    public IndicatorRow Single(string indicateur, string perimetre, string? region = null, string? appel = null, string? dimension = null) =>
        Assert.Single(Find(indicateur, perimetre, region, appel), r => r.Dimension == dimension);

    public static Projet Projet(string region, string appel, string id, decimal montant, string[] themes, bool co, bool bailleur,
        string[] epci, int? menages, int? duree) => new()
        {
            CodeRegion = region,
            Annee = 2021,
            AppelAProjets = appel,
            IdProjet = id,
            Intitule = "Projet " + id,
            Porteur = "Association " + id,
            TypePorteur = "association",
            CoPorteurs = co ? [new CoPorteur("Bailleur", "bailleur_social")] : [],
            Thematiques = [.. themes.Select(t => new Thematique(t, t))],
            Departements = [region == "93" ? "13" : "69"],
            Epci = epci,
            MontantAccorde = montant,
            MenagesPrevus = menages,
            DureeMois = duree,
            CoPortageDerive = co,
            PortageBailleur = bailleur,
            SourceRow = 2,
        };

    private static Suivi Suivi(string region, string id, int accompagnes, int? sortis, int? relogements, int? maintiens, decimal? consomme) => new()
    {
        CodeRegion = region,
        Annee = 2021,
        IdProjet = id,
        MenagesAccompagnes = accompagnes,
        MenagesSortis = sortis,
        Relogements = relogements,
        Maintiens = maintiens,
        MontantConsomme = consomme,
        SourceRow = 2,
    };

    private static async Task WriteEnveloppeAsync(Func<string, Stream> output, string region, int annee, decimal montant)
    {
        await using var writer = FactUnitWriter.Enveloppes(LakeSamples.Lineage, output);
        await writer.AddAsync(new Enveloppe { CodeRegion = region, Annee = annee, Montant = montant, SourceRow = 2 });
        await writer.CompleteAsync();
    }

    private static async Task WriteSuiviAsync(Func<string, Stream> output, IEnumerable<Suivi> rows)
    {
        await using var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, output);
        foreach (var row in rows) await writer.AddAsync(row);
        await writer.CompleteAsync();
    }
}
