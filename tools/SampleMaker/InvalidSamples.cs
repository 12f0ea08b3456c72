using System.Text;
using System.Text.Json;

namespace SampleMaker;

/// <summary>
/// samples/invalid/: one small file per kind of error, each otherwise clean, and expected.json
/// listing the errors each must produce (code, row as the user sees it, canonical field).
/// Only errors the spec makes certain are listed.
/// </summary>
public static class InvalidSamples
{
    public sealed record Expected(string Code, int? Row, string? Field);

    private sealed record Case(string File, string Demonstrates, IReadOnlyList<Expected> Errors);

    private static readonly string[] Columns93 =
    [
        "Année", "Appel à projets", "N° projet", "Intitulé du projet", "Porteur principal", "Type de porteur", "SIRET",
        "Thématique(s)", "Département(s)", "EPCI partenaire(s)", "Montant accordé (€)", "Ménages prévus", "Durée (mois)",
    ];

    private static readonly string ValidSiren = Siren.WithCheckDigit("41234567");
    private static readonly string ValidSiret = Siren.Siret(ValidSiren);

    private static Dictionary<string, string> Row93(int n) => new()
    {
        ["Année"] = "2021", ["Appel à projets"] = "AAP 2021-04", ["N° projet"] = $"INV-{n:D3}",
        ["Intitulé du projet"] = "Prévention des expulsions locatives – Marseille",
        ["Porteur principal"] = "Association Logement Solidaire Provence", ["Type de porteur"] = "Association",
        ["SIRET"] = ValidSiret, ["Thématique(s)"] = "Prévention des expulsions", ["Département(s)"] = "13",
        ["EPCI partenaire(s)"] = "200054807", ["Montant accordé (€)"] = "45 000,00 €", ["Ménages prévus"] = "30",
        ["Durée (mois)"] = "12", ["Date comité"] = "08/07/2021", ["Co-portage"] = "non", ["Volet"] = "vers",
    };

    public static void Write(SampleSet set)
    {
        var cases = new List<Case>();
        var invalidSiret = ValidSiret[..13] + (char)('0' + (ValidSiret[13] - '0' + 1) % 10);
        if (Siren.IsLuhnValid("123456788") || Siren.IsLuhnValid(invalidSiret)) throw new InvalidOperationException("invalid SIREN samples pass Luhn");

        void Csv93(string name, string demonstrates, Expected[] errors, string[]? extraColumns, params Dictionary<string, string>[] overrides)
        {
            var columns = Columns93.Concat(extraColumns ?? []).ToArray();
            var csv = new CsvFile(';', new UTF8Encoding(false));
            csv.Row(columns);
            for (var i = 0; i < overrides.Length; i++)
            {
                var row = Row93(i + 1);
                foreach (var (k, v) in overrides[i]) row[k] = v;
                csv.Row(columns.Select(c => row[c]).ToArray());
            }
            var file = "93/" + name;
            csv.Save(set.Invalid(file));
            cases.Add(new Case(file, demonstrates, errors));
        }
        Dictionary<string, string> Ok() => [];
        Dictionary<string, string> Set(string column, string value) => new() { [column] = value };
        Expected E(string code, int? row, string? field) => new(code, row, field);

        Csv93("montant-ambigu.csv", "`12.500` : séparateur de milliers ou décimal ?",
            [E("montant-ambigu", 3, "montant_accorde")], null,
            Ok(), Set("Montant accordé (€)", "12.500"), Ok());
        Csv93("montant-invalide.csv", "Montants en toutes lettres ou approximatifs",
            [E("montant-invalide", 2, "montant_accorde"), E("montant-invalide", 4, "montant_accorde")], null,
            Set("Montant accordé (€)", "vingt mille"), Ok(), Set("Montant accordé (€)", "env. 12000"));
        Csv93("entier-invalide.csv", "Nombres entiers écrits en lettres",
            [E("entier-invalide", 2, "menages_prevus"), E("entier-invalide", 3, "duree_mois")], null,
            Set("Ménages prévus", "une vingtaine"), Set("Durée (mois)", "douze"), Ok());
        Csv93("date-invalide.csv", "Date impossible (31 février) et date en toutes lettres",
            [E("date-invalide", 3, "date_decision"), E("date-invalide", 4, "date_decision")], ["Date comité"],
            Ok(), Set("Date comité", "31/02/2021"), Set("Date comité", "janvier 2021"));
        Csv93("booleen-invalide.csv", "Co-portage ni oui ni non",
            [E("booleen-invalide", 3, "co_portage"), E("booleen-invalide", 4, "co_portage")], ["Co-portage"],
            Ok(), Set("Co-portage", "peut-être"), Set("Co-portage", "partiel"));
        Csv93("valeur-hors-vocabulaire.csv", "Type de porteur et volet hors vocabulaire",
            [E("valeur-hors-vocabulaire", 2, "type_porteur"), E("valeur-hors-vocabulaire", 3, "type_porteur"), E("valeur-hors-vocabulaire", 4, "volet")], ["Volet"],
            Set("Type de porteur", "Entreprise"), Set("Type de porteur", "Particulier"), Set("Volet", "accompagnement global"));
        Csv93("valeur-hors-plage.csv", "Durée de 72 mois, montant négatif, durée nulle",
            [E("valeur-hors-plage", 2, "duree_mois"), E("valeur-hors-plage", 3, "montant_accorde"), E("valeur-hors-plage", 4, "duree_mois")], null,
            Set("Durée (mois)", "72"), Set("Montant accordé (€)", "-5000.00"), Set("Durée (mois)", "0"));
        Csv93("valeur-obligatoire-manquante.csv", "Cellules obligatoires vides (intitulé, montant, thématique, année sans date de décision)",
            [E("valeur-obligatoire-manquante", 2, "intitule"), E("valeur-obligatoire-manquante", 3, "montant_accorde"),
             E("valeur-obligatoire-manquante", 4, "thematiques"), E("valeur-obligatoire-manquante", 5, "annee")], null,
            Set("Intitulé du projet", ""), Set("Montant accordé (€)", ""), Set("Thématique(s)", ""), Set("Année", ""));
        Csv93("siren-invalide.csv", "SIREN et SIRET dont la clé de Luhn est fausse, numéro trop court",
            [E("siren-invalide", 2, "siren_porteur"), E("siren-invalide", 3, "siren_porteur"), E("siren-invalide", 4, "siren_porteur")], null,
            Set("SIRET", "123456788"), Set("SIRET", invalidSiret), Set("SIRET", "12345"));
        Csv93("departement-inconnu.csv", "Département 99 (seul ou dans une liste)",
            [E("departement-inconnu", 2, "departements"), E("departement-inconnu", 3, "departements")], null,
            Set("Département(s)", "99"), Set("Département(s)", "13, 99"), Ok());
        Csv93("departement-hors-region.csv", "Paris (75) et Rhône (69) dans un dépôt PACA",
            [E("departement-hors-region", 2, "departements"), E("departement-hors-region", 3, "departements")], null,
            Set("Département(s)", "75"), Set("Département(s)", "13, 69"), Ok());
        Csv93("epci-inconnu.csv", "SIREN d'EPCI absent du référentiel (clé de Luhn pourtant juste)",
            [E("epci-inconnu", 2, "epci"), E("epci-inconnu", 3, "epci")], null,
            Set("EPCI partenaire(s)", "200099992"), Set("EPCI partenaire(s)", "200054807, 200099992"), Ok());
        Csv93("epci-hors-region.csv", "Métropole de Lyon et Toulouse Métropole dans un dépôt PACA",
            [E("epci-hors-region", 2, "epci"), E("epci-hors-region", 3, "epci")], null,
            Set("EPCI partenaire(s)", "200046977"), Set("EPCI partenaire(s)", "243100518"), Ok());
        Csv93("id-projet-en-double.csv", "Même N° projet deux fois dans le même appel (signalé sur la seconde occurrence)",
            [E("id-projet-en-double", 4, "id_projet")], null,
            Ok(), Ok(), Set("N° projet", "INV-001"));
        Csv93("annee-invalide.csv", "Année sur deux chiffres, année « 2021-2022 »",
            [E("annee-invalide", 2, "annee"), E("annee-invalide", 3, "annee")], null,
            Set("Année", "21"), Set("Année", "2021-2022"), Ok());
        Csv93("erreurs-multiples.csv", "Plusieurs erreurs différentes sur plusieurs lignes : toutes sont signalées",
            [E("montant-ambigu", 3, "montant_accorde"), E("siren-invalide", 4, "siren_porteur"), E("departement-inconnu", 4, "departements"),
             E("valeur-hors-vocabulaire", 5, "type_porteur"), E("valeur-obligatoire-manquante", 6, "intitule"), E("valeur-hors-plage", 6, "duree_mois"),
             E("epci-hors-region", 7, "epci")], null,
            Ok(), Set("Montant accordé (€)", "12.500"),
            new() { ["SIRET"] = "123456788", ["Département(s)"] = "99", ["EPCI partenaire(s)"] = "" },
            Set("Type de porteur", "Entreprise"),
            new() { ["Intitulé du projet"] = "", ["Durée (mois)"] = "72" },
            Set("EPCI partenaire(s)", "200046977"));

        // Missing required columns: no amount, no themes.
        {
            var columns = Columns93.Where(c => c is not "Montant accordé (€)" and not "Thématique(s)").ToArray();
            var csv = new CsvFile(';', new UTF8Encoding(false));
            csv.Row(columns);
            for (var i = 1; i <= 2; i++) { var row = Row93(i); csv.Row(columns.Select(c => row[c]).ToArray()); }
            const string file = "93/colonne-obligatoire-manquante.csv";
            csv.Save(set.Invalid(file));
            cases.Add(new Case(file, "Projets sans colonne de montant ni de thématique",
                [E("colonne-obligatoire-manquante", null, "montant_accorde"), E("colonne-obligatoire-manquante", null, "thematiques")]));
        }
        {
            var csv = new CsvFile(';', new UTF8Encoding(false));
            csv.Row("Nom", "Prénom", "Adresse", "Code postal", "Ville");
            csv.Row("Martin", "Claire", "12 rue de la République", "13001", "Marseille");
            csv.Row("Bernard", "Louis", "3 avenue Jean Médecin", "06000", "Nice");
            const string file = "93/en-tete-introuvable.csv";
            csv.Save(set.Invalid(file));
            cases.Add(new Case(file, "Un fichier sans rapport (carnet d'adresses) : aucun en-tête reconnu", [E("en-tete-introuvable", null, null)]));
        }
        {
            var csv = new CsvFile(';', new UTF8Encoding(false));
            csv.Row("Année", "N° projet", "Ménages accompagnés", "Ménages sortis", "Relogements", "Maintiens", "Montant consommé (€)");
            csv.Row("2021", "PACA21-001", "18", "6", "4", "0", "13 891,43 €");
            csv.Row("2021", "PACA21-004", "43", "8", "12", "0", "69 863,25 €");
            csv.Row("2021", "PACA21-008", "25", "30", "10", "5", "39 482,56 €");
            const string file = "93/incoherence-menages.csv";
            csv.Save(set.Invalid(file));
            cases.Add(new Case(file, "Suivi : plus de relogés que de sortis, plus de sortis que d'accompagnés",
                [E("incoherence-menages", 3, "relogements"), E("incoherence-menages", 4, "menages_sortis")]));
        }
        {
            const string file = "93/fichier-illisible.xlsx";
            Write(set.Invalid(file), Encoding.UTF8.GetBytes("Ceci n'est pas un classeur Excel : le fichier a été renommé en .xlsx.\n"));
            cases.Add(new Case(file, "Un .xlsx qui n'est pas une archive zip", [E("fichier-illisible", null, null)]));
        }
        {
            const string file = "93/format-non-supporte.pdf";
            Write(set.Invalid(file), Encoding.ASCII.GetBytes(MinimalPdf));
            cases.Add(new Case(file, "Un PDF déposé à la place du tableau", [E("format-non-supporte", null, null)]));
        }

        // Region isolation, in the AURA shape.
        void Csv84(string name, string demonstrates, Expected[] errors, params string[][] regionAndDepartment)
        {
            var csv = new CsvFile(',', new UTF8Encoding(false), bom: true);
            csv.Row("Région", "Exercice", "AAP", "Référence", "Nom du projet", "Structure porteuse", "Nature du porteur", "Public(s) cible(s)", "Dpt", "Subvention accordée");
            for (var i = 0; i < regionAndDepartment.Length; i++)
                csv.Row(regionAndDepartment[i][0], "2021", "AAP FNAVDL 2021", $"ARA-INV-{i + 1:D3}", "Logement d'abord – Lyon",
                    "Alynea Logement Solidaire", "association", "Logement d'abord", regionAndDepartment[i][1], "45000.00");
            var file = "84/" + name;
            csv.Save(set.Invalid(file));
            cases.Add(new Case(file, demonstrates, errors));
        }
        Csv84("region-differente.csv", "Une ligne déclarée en région 93 dans un dépôt de la région 84",
            [E("region-differente", 3, "code_region")], ["84", "69"], ["93", "13"], ["AURA", "38"]);
        Csv84("region-inconnue.csv", "Ancienne région (Rhône-Alpes) et code inexistant (85)",
            [E("region-inconnue", 3, "code_region"), E("region-inconnue", 4, "code_region")], ["Auvergne-Rhône-Alpes", "69"], ["Rhône-Alpes", "69"], ["85", "38"]);

        // XLSX: rows are sheet rows, after a merged title and a blank row.
        {
            var book = new XlsxFile { Creator = "DRIEETS Île-de-France" };
            string[] header = ["Année", "Appel à projets", "Date du comité", "N° projet", "Intitulé", "Porteur principal", "Type de porteur", "Thématique(s)", "Département(s)", "Montant accordé (€)"];
            var sheet = book.AddSheet("Projets").Row(1, new XCell.Title("DRIEETS Île-de-France — projets 2021")).Merge("A1:J1")
                .Row(3, header.Select(h => (XCell?)new XCell.Bold(h)).ToArray());
            XCell?[] Line(int n, XCell date, XCell amount) =>
                [new XCell.Number(2021), "AAP 2021 – session 1", date, $"IDF-INV-{n}", "Logement d'abord – Paris", "Aurore Logement Francilien", "Association", "Logement d'abord", new XCell.Number(75), amount];
            sheet.Row(4, Line(1, new XCell.Date(new DateOnly(2021, 3, 25)), new XCell.Number(60000, XStyle.Amount)));
            sheet.Row(5, Line(2, new XCell.Text("31/02/2021"), new XCell.Number(45000, XStyle.Amount)));
            sheet.Row(6, Line(3, new XCell.Date(new DateOnly(2021, 3, 25)), new XCell.Text("à préciser")));
            const string file = "11/erreurs-classeur.xlsx";
            book.Save(set.Invalid(file));
            cases.Add(new Case(file, "XLSX : numéros de ligne de la feuille (titre fusionné, ligne vide, en-tête ligne 3)",
                [E("date-invalide", 5, "date_decision"), E("montant-invalide", 6, "montant_accorde")]));
        }

        // JSON: rows are 1-based object indexes in the array.
        {
            static string Obj(int n, string amount, string departments, string households) =>
                $$"""    { "annee": 2021, "appel_a_projets": "AAP Bretagne 2021", "id_projet": "BZH-INV-{{n}}", "intitule": "Logement d'abord – Rennes", "porteur": "Breizh Habitat Solidaire", "type_porteur": "association", "thematiques": ["Logement d'abord"], "departements": {{departments}}, "montant_accorde": {{amount}}, "menages_prevus": {{households}} }""";
            var json = "{\n  \"projets\": [\n" + string.Join(",\n",
                Obj(1, "52000", "[\"35\"]", "20"), Obj(2, "\"douze mille\"", "[\"35\"]", "20"),
                Obj(3, "38000.5", "[\"99\"]", "15"), Obj(4, "41000", "[\"29\", \"56\"]", "12.5")) + "\n  ]\n}\n";
            const string file = "53/valeurs-invalides.json";
            Write(set.Invalid(file), Encoding.UTF8.GetBytes(json));
            cases.Add(new Case(file, "JSON : numéros de ligne = rang de l'objet dans le tableau",
                [E("montant-invalide", 2, "montant_accorde"), E("departement-inconnu", 3, "departements"), E("entier-invalide", 4, "menages_prevus")]));
        }
        {
            const string file = "53/json-illisible.json";
            Write(set.Invalid(file), Encoding.UTF8.GetBytes("{ \"projets\": [ { \"annee\": 2021, \"id_projet\": \"BZH-1\", \"intitule\": \"Logement d'abord\""));
            cases.Add(new Case(file, "JSON tronqué", [E("fichier-illisible", null, null)]));
        }

        WriteExpected(set, cases);
        Cases = cases.Select(c => (c.File, c.Demonstrates, c.Errors)).ToList();
    }

    public static List<(string File, string Demonstrates, IReadOnlyList<Expected> Errors)> Cases { get; private set; } = [];

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void WriteExpected(SampleSet set, List<Case> cases)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var c in cases.OrderBy(c => c.File, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("file", c.File);
                json.WriteString("demontre", c.Demonstrates);
                json.WriteStartArray("errors");
                foreach (var e in c.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("code", e.Code);
                    if (e.Row is { } r) json.WriteNumber("row", r); else json.WriteNull("row");
                    json.WriteString("field", e.Field);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        Write(set.Invalid("expected.json"), [.. buffer.ToArray(), (byte)'\n']);
    }

    private const string MinimalPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}
