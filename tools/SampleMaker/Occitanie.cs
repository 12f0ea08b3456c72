using System.Globalization;
using System.Text;

namespace SampleMaker;

/// <summary>
/// Occitanie (76): tab-separated UTF-8 (no BOM, LF line ends) projects and follow-up files, other
/// header aliases (Vague, Référence, Axes, Territoires...), lists separated by ';', dates dd-mm-yyyy,
/// amounts with narrow no-break spaces; the follow-up covers 2021 and 2022.
/// </summary>
public static class Occitanie
{
    private const string Region = "76";

    private static readonly Department[] Departments =
    [
        new("31", 30, ["Toulouse", "Colomiers"], ["243100518", "200068641", "243100633"]),
        new("34", 25, ["Montpellier", "Béziers", "Sète"], ["243400017", "243400769", "200066355"]),
        new("30", 15, ["Nîmes", "Alès"], ["243000643", "200066918"]),
        new("66", 12, ["Perpignan"], ["200027183"]),
        new("11", 8, ["Narbonne", "Carcassonne"], ["241100593", "200035715"]),
        new("81", 5, ["Albi", "Castres"], ["248100737", "248100430"]),
        new("65", 5, ["Tarbes"], ["200069300"]),
    ];

    public static void Write(SampleSet set)
    {
        var random = new Random(7621);
        Carrier Asso(string name) => new(name, CarrierType.Association, "Association", Siren.Fictional(random));
        Carrier Hlm(string name, string label) => new(name, CarrierType.Bailleur, label, Siren.Fictional(random));
        var mix = new CarrierMix(
            [Asso("Occitanie Logement Solidaire"), Asso("Accueil Garonne Habitat"), Asso("Cap Logement Hérault"), Asso("Relais Catalan Logement"), Asso("Femmes Accueil Occitanie")],
            [Hlm("Toulouse Habitat Social", "OPH"), Hlm("Hérault Logis", "ESH"), Hlm("Gard Habitat Solidaire", "Bailleur social")],
            [new("Ville de Toulouse", CarrierType.Collectivite, "Collectivité", Siren.Require("213105554")),
             new("Ville de Montpellier", CarrierType.Collectivite, "Collectivité", Siren.Require("213401722")),
             new("Ville de Nîmes", CarrierType.Collectivite, "Commune", Siren.Require("213001894"))],
            [new("GIP Solidarité Occitanie", CarrierType.Autre, "Autre", Siren.Fictional(random))]);
        var generator = new ProjectGenerator(random, mix, Departments, "OCC21-");
        var projects = generator.Call(new CallSpec("AAP Occitanie 2021", new DateOnly(2021, 9, 15), 10, 3, 870_000m), 2021);

        var tsv = new CsvFile('\t', new UTF8Encoding(false), newLine: "\n");
        tsv.Row("Exercice", "Vague", "Date de validation", "Référence", "Titre", "Nom du porteur", "Statut du porteur", "SIREN/SIRET",
            "Partenaires co-porteurs", "Type(s) co-porteur(s)", "Axes", "Territoires", "SIREN EPCI", "Aide FNAVDL",
            "Montant sollicité", "Nombre de ménages prévus", "Durée en mois", "Type d'accompagnement");
        foreach (var p in projects)
            tsv.Row(p.Year.ToString(CultureInfo.InvariantCulture), p.Call, FrenchFormat.DashedDate(p.Decision!.Value), p.Id, p.Title, p.Lead.Name, p.Lead.TypeLabel,
                p.SirenOrSiret ?? "", string.Join(" ; ", p.CoCarriers.Select(c => c.Name)), string.Join(" ; ", p.CoCarriers.Select(c => c.TypeLabel)),
                string.Join(" ; ", p.Themes), string.Join(" ; ", p.Departments), string.Join(" ; ", p.Epci),
                FrenchFormat.Amount(p.Amount, FrenchFormat.NarrowNoBreakSpace),
                p.Requested is { } r ? FrenchFormat.Amount(r, FrenchFormat.NarrowNoBreakSpace) : "",
                FrenchFormat.Int(p.Households), FrenchFormat.Int(p.Months), p.Volet ?? "");
        const string projetsFile = "76/projets-occitanie-2021.csv";
        tsv.Save(set.Upload(projetsFile));
        set.Figures.Projets(projetsFile, Region, "CSV UTF-8 sans BOM, tabulations, fins de ligne LF, listes `;`, dates jj-mm-aaaa, montants avec espace fine insécable (U+202F)",
            "Détection de la tabulation, alias d'en-tête (Vague, Référence, Axes, Territoires, Aide FNAVDL)", projects);

        var rows = new List<SampleSuivi>();
        foreach (var year in new[] { 2021, 2022 })
            foreach (var p in projects.Where((_, i) => year == 2021 ? i % 2 == 0 : i % 3 != 2))
            {
                var accompanied = Math.Max(5, (int)((p.Households ?? 25) * (year == 2021 ? 0.6 : 1.0) * (0.7 + random.NextDouble() * 0.4)));
                var exited = (int)(accompanied * (0.2 + random.NextDouble() * 0.4));
                var rehoused = (int)(exited * (0.4 + random.NextDouble() * 0.3));
                var maintained = random.Next(0, exited - rehoused + 1);
                rows.Add(new SampleSuivi(year, p.Id, accompanied, exited, rehoused, maintained, decimal.Round(p.Amount * (decimal)(0.2 + random.NextDouble() * 0.35), 2)));
            }
        var suivi = new CsvFile('\t', new UTF8Encoding(false), newLine: "\n");
        suivi.Row("Exercice", "Référence", "Ménages suivis", "Sorties", "Relogés", "Expulsions évitées", "Dépenses réalisées");
        foreach (var r in rows)
            suivi.Row(r.Year.ToString(CultureInfo.InvariantCulture), r.ProjectId, FrenchFormat.Int(r.Accompanied), FrenchFormat.Int(r.Exited), FrenchFormat.Int(r.Rehoused),
                FrenchFormat.Int(r.Maintained), FrenchFormat.Amount(r.Spent!.Value, FrenchFormat.NarrowNoBreakSpace, euro: false));
        const string suiviFile = "76/suivi-occitanie-2021-2022.csv";
        suivi.Save(set.Upload(suiviFile));
        set.Figures.Suivi(suiviFile, Region, "CSV UTF-8 sans BOM, tabulations, alias (Ménages suivis, Sorties, Relogés, Expulsions évitées, Dépenses réalisées)",
            "Un fichier de suivi couvrant deux années (deux unités de remplacement)", rows);
    }
}
