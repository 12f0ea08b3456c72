using System.Globalization;
using System.Text;

namespace SampleMaker;

/// <summary>
/// Auvergne-Rhône-Alpes (84): a ',' CSV in UTF-8 with BOM as LibreOffice exports it, quoted cells
/// holding commas, amounts either "45 000,00" or 45000.00, lists separated by '|', an extra
/// "Commentaire" column and a "Projet co-porté" column that contradicts the carriers on one row.
/// </summary>
public static class Aura
{
    private const string Region = "84";

    private static readonly Department[] Departments =
    [
        new("69", 30, ["Lyon", "Villeurbanne", "Vénissieux"], ["200046977"]),
        new("38", 20, ["Grenoble", "Échirolles", "Voiron"], ["200040715", "243800604", "243800984"]),
        new("42", 12, ["Saint-Étienne", "Roanne"], ["244200770", "200035731"]),
        new("63", 12, ["Clermont-Ferrand"], ["246300701"]),
        new("26", 8, ["Valence", "Romans-sur-Isère"], ["200068781"]),
        new("74", 8, ["Annecy", "Annemasse"], ["200066793", "200011773"]),
        new("73", 5, ["Chambéry"], ["200069110"]),
        new("01", 5, ["Bourg-en-Bresse"], ["200071751"]),
    ];

    public static void Write(SampleSet set)
    {
        var random = new Random(8421);
        Carrier Asso(string name) => new(name, CarrierType.Association, "association", Siren.Fictional(random));
        Carrier Hlm(string name, string label) => new(name, CarrierType.Bailleur, label, Siren.Fictional(random));
        var mix = new CarrierMix(
            [Asso("Alynea Logement Solidaire"), Asso("Entraide Dauphinoise pour le Logement"), Asso("Habitat et Partage Loire"),
             Asso("Accueil Auvergne Logement"), Asso("Relais Femmes Rhône"), Asso("Savoie Toit Jeunes")],
            [Hlm("Rhône Habitat Social", "bailleur social"), Hlm("Isère Logis", "OPH"), Hlm("Loire Habitat Solidaire", "ESH")],
            [new("Ville de Lyon", CarrierType.Collectivite, "commune", Siren.Require("216901231")),
             new("Ville de Grenoble", CarrierType.Collectivite, "commune", Siren.Require("213801855")),
             new("CCAS de Clermont-Ferrand", CarrierType.Collectivite, "CCAS", Siren.Fictional(random))],
            [new("GIP Habitat Rhône-Alpes", CarrierType.Autre, "autre", Siren.Fictional(random))]);
        var generator = new ProjectGenerator(random, mix, Departments, "ARA-2021-") { SirenOnlyShare = 0.9, NoSirenShare = 0.05 };
        var projects = generator.Call(new CallSpec("AAP FNAVDL 2021", new DateOnly(2021, 6, 29), 15, 5, 1_180_000m), 2021);
        // The file's own co-portage column: right everywhere but on one row (a warning, not an error).
        var contradicted = projects.FindIndex(p => !p.CoCarried && p.CoCarriers.Count > 0);
        if (contradicted < 0) throw new InvalidOperationException("AURA: no row to contradict");
        projects = projects.Select((p, i) => p with { CoPortageColumn = i == contradicted ? !p.CoCarried : p.CoCarried }).ToList();

        var csv = new CsvFile(',', new UTF8Encoding(false), bom: true);
        csv.Row("Région", "Exercice", "AAP", "Date de décision", "Référence", "Nom du projet", "Structure porteuse", "Nature du porteur",
            "SIREN", "Partenaires co-porteurs", "Type des co-porteurs", "Projet co-porté", "Public(s) cible(s)", "Dpt",
            "Intercommunalité(s)", "Subvention accordée", "Montant sollicité", "Objectif ménages", "Durée en mois",
            "Type d'accompagnement", "Commentaire");
        string[] comments = ["", "Démarrage prévu en septembre, recrutement en cours", "Convention signée, 1er versement effectué",
            "", "Cofinancement Métropole, Département", ""];
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            string Money(decimal v) => i % 2 == 0 ? FrenchFormat.Amount(v, FrenchFormat.Space, euro: false) : FrenchFormat.PlainAmount(v);
            csv.Row("AURA", p.Year.ToString(CultureInfo.InvariantCulture), p.Call, FrenchFormat.IsoDate(p.Decision!.Value), p.Id,
                i == 2 ? p.Title + ", volet accès aux droits" : p.Title,
                i == 1 ? p.Lead.Name + ", antenne de " + Departments.Single(d => d.Code == p.Departments[0]).Cities[0] : p.Lead.Name,
                p.Lead.TypeLabel, p.SirenOrSiret ?? "",
                string.Join("|", p.CoCarriers.Select(c => c.Name)), string.Join("|", p.CoCarriers.Select(c => c.TypeLabel)),
                p.CoPortageColumn == true ? "oui" : "non",
                string.Join("|", p.Themes), string.Join("|", p.Departments), string.Join("|", p.Epci),
                Money(p.Amount), p.Requested is { } r ? Money(r) : "", FrenchFormat.Int(p.Households), FrenchFormat.Int(p.Months),
                p.Volet ?? "", comments[i % comments.Length]);
        }
        const string file = "84/2021/fnavdl-aura-2021.csv";
        csv.Save(set.Upload(file));
        set.Figures.Projets(file, Region, "CSV UTF-8 avec BOM, `,`, cellules entre guillemets contenant des virgules, montants `\"45 000,00\"` ou `45000.00`, listes `|`, dates aaaa-mm-jj, région `AURA`",
            "Avertissements : colonne inconnue « Commentaire », co-portage déclaré contraire au co-portage dérivé sur 1 ligne", projects);
    }
}
