using System.Globalization;
using System.Text;

namespace SampleMaker;

/// <summary>
/// Provence-Alpes-Côte d'Azur (93): the seed document's figures. Two calls in 2021 (AAP 2020-10:
/// 40 projects, 13 co-carried, 3.1 M€; AAP 2021-04: 27 projects, 3 co-carried, 2.2 M€), the
/// envelope going from 1 M€ to 3.7 M€, and the 2021 activity of part of the projects.
/// Written as the regional office's Excel exports: Windows-1252, ';', French headers.
/// </summary>
public static class Paca
{
    private const string Region = "93";

    private static readonly Department[] Departments =
    [
        new("13", 35, ["Marseille", "Aix-en-Provence", "Arles", "Martigues", "Aubagne"], ["200054807", "241300417", "200035087"]),
        new("06", 20, ["Nice", "Cannes", "Antibes", "Grasse", "Menton"], ["200030195", "240600585", "200039915", "200039857", "240600551"]),
        new("83", 18, ["Toulon", "Fréjus", "Draguignan", "Brignoles", "Hyères"], ["248300543", "200035319", "248300493", "200068104"]),
        new("84", 13, ["Avignon", "Carpentras", "Cavaillon", "Orange"], ["248400053", "200040442", "248400293"]),
        new("04", 7, ["Digne-les-Bains", "Manosque"], ["200067437", "200034700"]),
        new("05", 7, ["Gap", "Briançon"], ["200067825"]),
    ];

    private static CarrierMix Carriers(Random random)
    {
        Carrier Asso(string name, string label = "Association") => new(name, CarrierType.Association, label, Siren.Fictional(random));
        Carrier Hlm(string name, string label) => new(name, CarrierType.Bailleur, label, Siren.Fictional(random));
        // Communes carry their real SIREN (communes.json); the CCAS get fictional ones.
        Carrier Town(string name, string siren, string label = "Collectivité") => new(name, CarrierType.Collectivite, label, Siren.Require(siren));

        return new CarrierMix(
            [
                Asso("Association Logement Solidaire Provence"), Asso("Accueil Méditerranée Habitat"), Asso("Entraide Logement Azur"),
                Asso("Toit Partagé 13"), Asso("Réseau Santé Habitat Provence"), Asso("Insertion Logement Vaucluse", "Asso"),
                Asso("Passerelle Habitat Var"), Asso("Femmes Solidaires Logement Sud"), Asso("Alpes Entraide Logement"),
                Asso("Voyageurs Citoyens Sud"), Asso("Accueil Réfugiés Méditerranée"), Asso("Habitat Jeunes Provence", "Loi 1901"),
                Asso("Fondation Solidarité Logis Sud", "Fondation"), Asso("Comité Logement Durance"),
            ],
            [
                Hlm("Provence Habitat OPH", "OPH"), Hlm("Azur Logis", "ESH"), Hlm("Var Habitat Social", "Bailleur social"),
                Hlm("Durance Logement", "Bailleur social"), Hlm("Alpes du Sud Habitat", "Office public de l'habitat"),
                Hlm("Sud Coopérative Hlm", "Coopérative Hlm"), Hlm("Méditerranée Habitat", "ESH"),
            ],
            [
                Town("Ville de Marseille", "211300553"), Town("Ville d'Avignon", "218400075", "Commune"),
                Town("Ville de Nice", "210600888"), Town("Ville de Toulon", "218301372", "Commune"),
                Town("Ville de Gap", "210500617"), Town("Ville d'Arles", "211300041"),
                new("CCAS de Digne-les-Bains", CarrierType.Collectivite, "CCAS", Siren.Fictional(random)),
            ],
            [
                new("GIP Logement Provence", CarrierType.Autre, "Autre", Siren.Fictional(random)),
                new("SCIC Habitat Inclusif Sud", CarrierType.Autre, "Autre", Siren.Fictional(random)),
            ]);
    }

    public static void Write(SampleSet set)
    {
        var random = new Random(9321);
        var mix = Carriers(random);
        var generator = new ProjectGenerator(random, mix, Departments, "PACA21-") { Volets = ["Vers", "Dans", "Vers et dans"] };
        generator.ExtraThemeAt[6] = "Accès aux droits";
        generator.OnlyThemeAt[52] = "Précarité énergétique";
        var projects = new List<SampleProject>();
        projects.AddRange(generator.Call(new CallSpec("AAP 2020-10", new DateOnly(2021, 1, 21), 40, 13, 3_100_000m), 2021));
        projects.AddRange(generator.Call(new CallSpec("AAP 2021-04", new DateOnly(2021, 7, 8), 27, 3, 2_200_000m), 2021));
        Check(projects);

        WriteProjets(set, projects);
        WriteEnveloppes(set);
        WriteSuivi(set, random, projects);
    }

    private static void Check(List<SampleProject> projects)
    {
        var byCall = projects.GroupBy(p => p.Call).ToDictionary(g => g.Key, g => g.ToList());
        void Expect(string call, int count, int coCarried, decimal total)
        {
            var p = byCall[call];
            if (p.Count != count || p.Count(x => x.CoCarried) != coCarried || p.Sum(x => x.Amount) != total)
                throw new InvalidOperationException($"PACA {call} does not reproduce the seed figures");
        }
        Expect("AAP 2020-10", 40, 13, 3_100_000m);
        Expect("AAP 2021-04", 27, 3, 2_200_000m);
        if (ProjectGenerator.ThemeCodesUsed(projects) != 10) throw new InvalidOperationException("PACA must use all ten theme codes");
    }

    private static void WriteProjets(SampleSet set, List<SampleProject> projects)
    {
        var csv = new CsvFile(';', Encoding.GetEncoding(1252));
        csv.Row("Année", "Appel à projets", "Date comité", "N° projet", "Intitulé du projet", "Porteur principal", "Type de porteur",
            "SIRET", "Co-porteur(s)", "Type co-porteur", "Thématique(s)", "Département(s)", "EPCI partenaire(s)",
            "Montant accordé (€)", "Montant demandé", "Ménages prévus", "Durée (mois)", "Volet");
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            // Excel exports write the thousands separator as a no-break space; retyped rows have plain spaces.
            // (Windows-1252 has no narrow no-break space: the UTF-8 files use it.)
            var space = i % 3 == 0 ? FrenchFormat.NoBreakSpace : FrenchFormat.Space;
            csv.Row(
                p.Year.ToString(CultureInfo.InvariantCulture), p.Call, FrenchFormat.Date(p.Decision!.Value), p.Id, p.Title, p.Lead.Name, p.Lead.TypeLabel,
                p.SirenOrSiret ?? "",
                string.Join(" / ", p.CoCarriers.Select(c => c.Name)),
                string.Join(" / ", p.CoCarriers.Select(c => c.TypeLabel)),
                string.Join(", ", p.Themes),
                string.Join(", ", p.Departments),
                string.Join(", ", p.Epci),
                FrenchFormat.Amount(p.Amount, space),
                p.Requested is { } r ? (i % 2 == 0 ? FrenchFormat.Amount(r, FrenchFormat.Space, euro: false, cents: false) : FrenchFormat.Amount(r, space)) : "",
                FrenchFormat.Int(p.Households), FrenchFormat.Int(p.Months), p.Volet ?? "");
        }
        const string file = "93/2021/projets-paca-2021.csv";
        csv.Save(set.Upload(file));
        set.Figures.Projets(file, Region, "CSV Windows-1252, `;`, CRLF, en-têtes français accentués avec unités, montants `77 500,00 €` (espace insécable ou simple), dates jj/mm/aaaa, listes `, ` et ` / `",
            "Les chiffres du document source (2 appels, 67 projets, 16 co-portés, 5,3 M€) ; 2 thématiques inconnues (avertissements)", projects);
    }

    private static void WriteEnveloppes(SampleSet set)
    {
        var csv = new CsvFile(';', new UTF8Encoding(false));
        csv.Row("Région", "Année", "Enveloppe régionale");
        csv.Row("PACA", "2020", FrenchFormat.Amount(1_000_000m, FrenchFormat.Space));
        csv.Row("PACA", "2021", "3,7 M€");
        const string file = "93/2021/enveloppes-paca.csv";
        csv.Save(set.Upload(file));
        set.Figures.Enveloppes(file, Region, "CSV UTF-8 sans BOM, `;`, région en abréviation (PACA), montant `3,7 M€`",
            "L'enveloppe passée de 1 M€ (2020) à 3,7 M€ (2021)", [new(2020, 1_000_000m), new(2021, 3_700_000m)]);
    }

    private static void WriteSuivi(SampleSet set, Random random, List<SampleProject> projects)
    {
        var followed = projects.Where((_, i) => i % 10 is 0 or 3 or 7).Take(20).ToList();
        var rows = new List<SampleSuivi>();
        for (var i = 0; i < followed.Count; i++)
        {
            var p = followed[i];
            var accompanied = Math.Max(4, (int)((p.Households ?? 30) * (0.5 + random.NextDouble() * 0.6)));
            int? exited = (int)(accompanied * (0.3 + random.NextDouble() * 0.4));
            int? rehoused = (int)(exited!.Value * (0.4 + random.NextDouble() * 0.3));
            int? maintained = random.Next(0, exited.Value - rehoused.Value + 1);
            decimal? spent = decimal.Round(p.Amount * (decimal)(0.35 + random.NextDouble() * 0.5), 2);
            if (i == 4) (exited, rehoused, maintained) = (null, null, null); // activity started late: no exits yet reported
            if (i == 11) spent = null;
            rows.Add(new SampleSuivi(2021, p.Id, accompanied, exited, rehoused, maintained, spent));
        }

        var csv = new CsvFile(';', Encoding.GetEncoding(1252));
        csv.Row("Année", "N° projet", "Ménages accompagnés", "Ménages sortis du dispositif", "Ménages relogés", "Maintien dans le logement", "Montant consommé (€)");
        foreach (var r in rows)
            csv.Row(r.Year.ToString(CultureInfo.InvariantCulture), r.ProjectId, FrenchFormat.Int(r.Accompanied), FrenchFormat.Int(r.Exited), FrenchFormat.Int(r.Rehoused),
                FrenchFormat.Int(r.Maintained), r.Spent is { } s ? FrenchFormat.Amount(s, FrenchFormat.NoBreakSpace) : "");
        const string file = "93/2022/suivi-2021.csv";
        csv.Save(set.Upload(file));
        set.Figures.Suivi(file, Region, "CSV Windows-1252, `;`, déposé en 2022 pour l'activité 2021",
            "Suivi annuel : relogements + maintiens ≤ sortis ≤ accompagnés ; une ligne sans sorties connues, une sans montant consommé", rows);
    }
}
