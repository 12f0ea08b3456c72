using System.Text;

namespace SampleMaker;

/// <summary>
/// Grand Est (44): a simple envelopes workbook, and a small ';' projects CSV that names the region
/// ("Grand Est") and gives the committee date but no year (the year comes from the date: two calls,
/// decided in 2021 and in 2022).
/// </summary>
public static class GrandEst
{
    private const string Region = "44";

    private static readonly Department[] Departments =
    [
        new("67", 30, ["Strasbourg", "Haguenau"], ["246700488", "200067874"]),
        new("68", 20, ["Mulhouse", "Colmar"], ["200066009", "246800726"]),
        new("57", 20, ["Metz", "Thionville"], ["200039865", "245701362"]),
        new("54", 15, ["Nancy"], ["245400676"]),
        new("51", 15, ["Reims", "Châlons-en-Champagne"], ["200067213", "200066876"]),
    ];

    public static void Write(SampleSet set)
    {
        var random = new Random(4421);
        Carrier Asso(string name) => new(name, CarrierType.Association, "Association", Siren.Fictional(random));
        Carrier Hlm(string name) => new(name, CarrierType.Bailleur, "Bailleur social", Siren.Fictional(random));
        var mix = new CarrierMix(
            [Asso("Alsace Logement Solidaire"), Asso("Lorraine Accueil Habitat"), Asso("Champagne Toit Solidaire")],
            [Hlm("Rhin Habitat Social"), Hlm("Moselle Logis")],
            [new("Ville de Strasbourg", CarrierType.Collectivite, "Collectivité", Siren.Require("216704825")),
             new("Ville de Reims", CarrierType.Collectivite, "Collectivité", Siren.Require("215104217"))],
            []);
        var generator = new ProjectGenerator(random, mix, Departments, "GE-");
        var projects = generator.Call(new CallSpec("AAP Grand Est 2021", new DateOnly(2021, 11, 18), 4, 1, 330_000m), 2021);
        projects.AddRange(generator.Call(new CallSpec("AAP Grand Est 2022-1", new DateOnly(2022, 3, 24), 2, 0, 140_000m), 2022));

        var csv = new CsvFile(';', new UTF8Encoding(false));
        csv.Row("Région", "Appel à projets", "Date de décision", "Numéro de projet", "Intitulé du projet", "Structure porteuse", "Type de porteur",
            "SIRET", "Co-porteurs", "Type co-porteur", "Thématiques", "Départements", "EPCI", "Montant accordé", "Ménages prévus", "Durée (mois)", "Volet");
        foreach (var p in projects)
            csv.Row("Grand Est", p.Call, FrenchFormat.Date(p.Decision!.Value), p.Id, p.Title, p.Lead.Name, p.Lead.TypeLabel, p.SirenOrSiret ?? "",
                string.Join(", ", p.CoCarriers.Select(c => c.Name)), string.Join(", ", p.CoCarriers.Select(c => c.TypeLabel)),
                string.Join(", ", p.Themes), string.Join(", ", p.Departments), string.Join(", ", p.Epci),
                FrenchFormat.Amount(p.Amount, FrenchFormat.NarrowNoBreakSpace), FrenchFormat.Int(p.Households), FrenchFormat.Int(p.Months), p.Volet ?? "");
        const string projetsFile = "44/projets-grand-est.csv";
        csv.Save(set.Upload(projetsFile));
        set.Figures.Projets(projetsFile, Region, "CSV UTF-8 sans BOM, `;`, colonne `Région` = « Grand Est », pas de colonne année (déduite de la date de décision)",
            "Région par son nom ; année déduite de `date_decision` (2021 et 2022)", projects);

        SampleEnvelope[] envelopes = [new(2021, 2_450_000m), new(2022, 2_800_000m)];
        var book = new XlsxFile { Creator = "DREETS Grand Est" };
        var sheet = book.AddSheet("Enveloppes").Row(1, "Région", "Exercice", "Crédits notifiés").Widths(14, 10, 18);
        for (var i = 0; i < envelopes.Length; i++)
            sheet.Row(2 + i, "Grand Est", new XCell.Number(envelopes[i].Year), new XCell.Number((double)envelopes[i].Amount, XStyle.Amount));
        const string envelopesFile = "44/enveloppes-grand-est.xlsx";
        book.Save(set.Upload(envelopesFile));
        set.Figures.Enveloppes(envelopesFile, Region, "XLSX simple : en-tête ligne 1, montants numériques", "Enveloppes 2021 et 2022", envelopes);
    }
}
