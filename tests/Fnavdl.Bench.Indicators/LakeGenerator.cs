using System.Globalization;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Bench.Indicators;

/// <summary>
/// Writes a synthetic curated lake with the lake writers: N projects spread over 10 years × 18 regions ×
/// 2 calls, with 1 to 3 themes, 0 to 2 real EPCI of the region, one envelope per region and year, and one
/// suivi row per 10 projects. Deterministic (fixed seed).
/// </summary>
internal static class LakeGenerator
{
    private static readonly string[] Themes =
        ["prevention_expulsions", "sante_mentale", "jeunes", "dalo", "logement_d_abord", "gens_du_voyage", "refugies", "violences_femmes", "autre"];

    private static readonly Lineage Lineage = new("uploads/bench.csv", new string('a', 64), "ing-bench", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static async Task GenerateAsync(string curatedRoot, long total, int firstYear, int years)
    {
        var reference = AdministrativeReference.Embedded;
        var regions = reference.Regions.Select(r => r.Code).ToArray();
        var epciByRegion = regions.ToDictionary(r => r, r => reference.Epcis.Where(e => e.RegionsOfMembers.Contains(r)).Select(e => e.Siren).Take(20).ToArray());
        var units = years * regions.Length * 2;
        var perUnit = (int)Math.Max(1, total / units);
        var random = new Random(42);
        Stream Open(string relative)
        {
            var full = Path.Combine(curatedRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        }

        for (var y = 0; y < years; y++)
        {
            var annee = firstYear + y;
            foreach (var region in regions)
            {
                var epci = epciByRegion[region];
                var ids = new List<string>();
                for (var call = 1; call <= 2; call++)
                {
                    await using var writer = new ProjetsUnitWriter(Lineage, Open);
                    for (var i = 0; i < perUnit; i++)
                    {
                        var id = $"P{call}-{i.ToString(CultureInfo.InvariantCulture)}";
                        if (i % 10 == 0) ids.Add(id);
                        var themeCount = 1 + random.Next(3);
                        var first = random.Next(Themes.Length);
                        var epciCount = epci.Length == 0 ? 0 : random.Next(3);
                        var co = random.Next(4) == 0;
                        await writer.AddAsync(new Projet
                        {
                            CodeRegion = region,
                            Annee = annee,
                            AppelAProjets = $"AAP {annee} vague {call}",
                            IdProjet = id,
                            Intitule = "Accompagnement",
                            Porteur = "Association",
                            TypePorteur = "association",
                            CoPorteurs = co ? [new CoPorteur("Bailleur", "bailleur_social")] : [],
                            Thematiques = [.. Enumerable.Range(0, themeCount).Select(t => Themes[(first + t) % Themes.Length]).Select(c => new Thematique(c, c))],
                            Departements = ["01"],
                            Epci = [.. Enumerable.Range(0, epciCount).Select(e => epci[(i + e) % epci.Length]).Distinct()],
                            MontantAccorde = random.Next(1_000_000, 20_000_000) / 100m,
                            MenagesPrevus = random.Next(5) == 0 ? null : random.Next(0, 80),
                            DureeMois = random.Next(4) == 0 ? null : 6 * (1 + random.Next(6)),
                            CoPortageDerive = co,
                            PortageBailleur = co || random.Next(5) == 0,
                            SourceRow = i + 2,
                        });
                    }
                    await writer.CompleteAsync();
                }

                await using (var envelopes = FactUnitWriter.Enveloppes(Lineage, Open))
                {
                    await envelopes.AddAsync(new Enveloppe { CodeRegion = region, Annee = annee, Montant = perUnit * 2 * 90_000m, SourceRow = 2 });
                    await envelopes.CompleteAsync();
                }
                await using (var suivi = FactUnitWriter.Suivi(Lineage, Open))
                {
                    for (var i = 0; i < ids.Count; i++)
                    {
                        var accompagnes = random.Next(0, 60);
                        var sortis = random.Next(3) == 0 ? (int?)null : random.Next(0, accompagnes + 1);
                        await suivi.AddAsync(new Suivi
                        {
                            CodeRegion = region, Annee = annee, IdProjet = ids[i], MenagesAccompagnes = accompagnes, MenagesSortis = sortis,
                            Relogements = sortis / 2, Maintiens = sortis / 3, MontantConsomme = random.Next(0, 5_000_000) / 100m, SourceRow = i + 2,
                        });
                    }
                    await suivi.CompleteAsync();
                }
            }
        }
    }
}
