using System.Globalization;

namespace SampleMaker;

/// <summary>
/// Île-de-France (11): the DRIEETS workbook. A notice sheet first, then the data sheet with a merged
/// title row, a subtitle, a blank row and the header; dates as date cells (one as a bare serial
/// number in a General cell), amounts as numeric cells, co-carriers on several lines of one cell.
/// </summary>
public static class IleDeFrance
{
    private const string Region = "11";
    public const int HeaderRow = 4;

    private static readonly Department[] Departments =
    [
        new("75", 25, ["Paris"], ["200054781"]),
        new("93", 20, ["Saint-Denis", "Montreuil", "Aubervilliers"], ["200054781"]),
        new("92", 10, ["Nanterre", "Gennevilliers"], ["200054781"]),
        new("94", 10, ["Créteil", "Vitry-sur-Seine"], ["200054781"]),
        new("78", 10, ["Mantes-la-Jolie", "Les Mureaux"], ["200059889"]),
        new("91", 10, ["Évry-Courcouronnes", "Massy"], ["200059228", "200056232"]),
        new("95", 8, ["Cergy", "Sarcelles"], ["249500109", "200055655"]),
        new("77", 7, ["Melun", "Meaux"], ["247700057", "200072130"]),
    ];

    public static void Write(SampleSet set)
    {
        var random = new Random(1121);
        Carrier Asso(string name, string label = "Association") => new(name, CarrierType.Association, label, Siren.Fictional(random));
        Carrier Hlm(string name, string label) => new(name, CarrierType.Bailleur, label, Siren.Fictional(random));
        var mix = new CarrierMix(
            [Asso("Aurore Logement Francilien"), Asso("Solidarités Nouvelles Habitat IDF"), Asso("Espérance Banlieues Logement"),
             Asso("Fondation Toit Francilien", "Fondation"), Asso("Femmes Relais 93")],
            [Hlm("Paris Habitat Solidaire", "OPH"), Hlm("Seine-Saint-Denis Logis", "Bailleur social"), Hlm("Francilia Habitat", "ESH")],
            [new("Ville de Paris", CarrierType.Collectivite, "Collectivité", Siren.Require("217500016")),
             new("Ville de Créteil", CarrierType.Collectivite, "Commune", Siren.Require("219400280"))],
            [new("GIP Habitat et Interventions Sociales", CarrierType.Autre, "Autre", Siren.Fictional(random))]);
        var generator = new ProjectGenerator(random, mix, Departments, "IDF-21-") { Volets = ["vers", "dans", "vers_et_dans"] };
        var projects = generator.Call(new CallSpec("AAP 2021 – session 1", new DateOnly(2021, 3, 25), 7, 3, 640_000m), 2021);
        projects.AddRange(generator.Call(new CallSpec("AAP 2021 – session 2", new DateOnly(2021, 10, 14), 5, 1, 455_000m), 2021));

        string[] header = ["Année", "Appel à projets", "Date du comité", "N° projet", "Intitulé", "Porteur principal", "Type de porteur",
            "SIRET", "Co-porteur(s)", "Type co-porteur", "Thématique(s)", "Département(s)", "EPCI partenaire(s)",
            "Montant accordé (€)", "Montant demandé", "Ménages prévus", "Durée (mois)", "Volet"];
        var book = new XlsxFile { Creator = "DRIEETS Île-de-France" };
        book.AddSheet("Lisez-moi")
            .Row(1, new XCell.Title("Bilan FNAVDL 2021 — notice"))
            .Row(3, "Une ligne par projet retenu. Montants en euros. Les listes sont séparées par des virgules ou des retours à la ligne.")
            .Row(4, "Contact : pôle hébergement-logement de la DRIEETS.");
        var sheet = book.AddSheet("Bilan 2021")
            .Row(1, new XCell.Title("DRIEETS Île-de-France — Bilan FNAVDL 2021"))
            .Merge($"A1:{XlsxFile.ColumnName(header.Length - 1)}1")
            .Row(2, "Projets retenus au titre des appels à projets 2021 (état au 31/12/2021)")
            .Row(HeaderRow, header.Select(h => (XCell?)new XCell.Bold(h)).ToArray())
            .Widths(8, 22, 14, 12, 50, 36, 16, 18, 36, 18, 36, 14, 22, 18, 16, 12, 12, 12);
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            // Excel users type a single department as a number; several go in as text.
            XCell departments = p.Departments.Count == 1 ? new XCell.Number(double.Parse(p.Departments[0], CultureInfo.InvariantCulture)) : new XCell.Text(string.Join(", ", p.Departments));
            // One committee date was pasted as a bare serial number into a General cell.
            XCell decision = i == projects.Count - 1 ? new XCell.Number(XlsxFile.Serial(p.Decision!.Value)) : new XCell.Date(p.Decision!.Value);
            sheet.Row(HeaderRow + 1 + i,
                new XCell.Number(p.Year), p.Call, decision, p.Id, p.Title, p.Lead.Name, p.Lead.TypeLabel,
                p.SirenOrSiret is null ? null : new XCell.Text(p.SirenOrSiret),
                p.CoCarriers.Count == 0 ? null : string.Join("\n", p.CoCarriers.Select(c => c.Name)),
                p.CoCarriers.Count == 0 ? null : string.Join("\n", p.CoCarriers.Select(c => c.TypeLabel)),
                string.Join(", ", p.Themes), departments,
                p.Epci.Count == 0 ? null : string.Join(", ", p.Epci),
                new XCell.Number((double)p.Amount, XStyle.Amount),
                p.Requested is { } r ? new XCell.Number((double)r, XStyle.Amount) : null,
                p.Households is { } h ? new XCell.Number(h) : null,
                p.Months is { } m ? new XCell.Number(m) : null,
                p.Volet);
        }
        const string file = "11/bilan-fnavdl-2021.xlsx";
        book.Save(set.Upload(file));
        set.Figures.Projets(file, Region,
            $"XLSX : feuille « Lisez-moi » puis « Bilan 2021 » (titre fusionné A1:R1, sous-titre, ligne vide, en-tête ligne {HeaderRow}), dates en cellules date dont une en numéro de série dans une cellule Standard, montants numériques, co-porteurs sur plusieurs lignes d'une cellule",
            "Lecture XLSX avec lignes de titre et cellules typées ; 2 appels", projects);
    }
}
