using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Hostile.Expectation;

namespace Fnavdl.Core.Tests.Hostile;

/// <summary>
/// The hostile-file corpus (issue 9): files a careless or hostile region could drop, generated
/// here so each one's hostility is written down next to the answer it must get. Categories:
/// encodings, CSV structure, XLSX and ZIP tricks, JSON, values, paths, sizes.
/// </summary>
public static class HostileCorpus
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly Encoding Windows1252 = CodePagesEncoding();

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static IReadOnlyList<HostileFile>? _all;

    public static IReadOnlyList<HostileFile> All =>
        _all ??= [.. Encodings(), .. CsvStructure(), .. Workbooks(), .. Json(), .. Values(), .. Paths(), .. Sizes()];

    public static HostileFile Named(string name) => All.Single(f => f.Name == name);

    // A valid PACA (93) row in the test helper's header: the hostile part is what each case changes.
    private static string Row(string id = "P1", string montant = "10 000,00 €", string themes = "jeunes", string duree = "12") =>
        Csv.Projet(id, montant: montant, themes: themes, duree: duree);

    private static HostileFile CsvFile(string name, string category, string text, Expectation expected, Encoding? encoding = null) =>
        new(name, category, $"93/{name}.csv", (encoding ?? Utf8).GetBytes(text), expected);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static IEnumerable<HostileFile> Encodings()
    {
        const string c = "encodages";
        var accented = Csv.Projets(Csv.Projet("P1", appel: "AAP été 2021"));
        yield return CsvFile("utf8-bom", c, accented, Valid(), new UTF8Encoding(true));
        yield return CsvFile("windows-1252", c, accented, Valid(), Windows1252);
        yield return new("utf16-le-bom", c, "93/utf16-le-bom.csv", Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(accented)), Valid());
        yield return new("utf16-le-sans-bom", c, "93/utf16-le-sans-bom.csv", Encoding.Unicode.GetBytes(accented), Error(IssueCodes.EncodageIllisible, 1));
        yield return new("utf16-be-sans-bom", c, "93/utf16-be-sans-bom.csv", Encoding.BigEndianUnicode.GetBytes(accented), Error(IssueCodes.EncodageIllisible, 1));
        // UTF-8 with accents, and line 3 pasted from a Windows-1252 file.
        yield return new("utf8-et-1252-melanges", c, "93/utf8-et-1252-melanges.csv",
            Concat(Utf8.GetBytes(Csv.ProjetsHeader + "\n" + Csv.Projet("P1", appel: "AAP été") + "\n"),
                Windows1252.GetBytes(Csv.Projet("P2", appel: "AAP été") + "\n")),
            Error(IssueCodes.EncodageIllisible, 3));
        yield return new("utf8-tronque-en-fin", c, "93/utf8-tronque-en-fin.csv",
            Concat(Utf8.GetBytes(Csv.Projets(Csv.Projet("P1", appel: "AAP été"))), [0xC3]), Error(IssueCodes.EncodageIllisible, 3));
        yield return CsvFile("nul-dans-utf8", c, Csv.Projets(Csv.Projet("P1", appel: "AAP\u00002021")), Error(IssueCodes.CaractereDeControle, 2, "appel_a_projets"));
        yield return new("json-en-1252", c, "93/json-en-1252.json", Windows1252.GetBytes(JsonRows(JsonProjet("P1", ("intitule", "\"Projet été\"")))),
            Error(IssueCodes.FichierIllisible));
        yield return new("json-utf16-sans-bom", c, "93/json-utf16-sans-bom.json", Encoding.Unicode.GetBytes(JsonRows(JsonProjet("P1"))),
            Error(IssueCodes.EncodageIllisible, 1));
        yield return new("bom-seul", c, "93/bom-seul.csv", [0xEF, 0xBB, 0xBF], Error(IssueCodes.EnTeteIntrouvable));
    }

    private static IEnumerable<HostileFile> CsvStructure()
    {
        const string c = "structure";
        yield return CsvFile("vide", c, "", Error(IssueCodes.EnTeteIntrouvable));
        yield return CsvFile("en-tete-seul", c, Csv.ProjetsHeader + "\n", Error(IssueCodes.AucuneLigne));
        yield return CsvFile("guillemet-non-ferme", c, Csv.Projets(Row("P1"), "2021;AAP 2020-10;P2;\"Projet P2;Porteur;association;;;jeunes;13;;10 000;12", Row("P3")),
            Error(IssueCodes.GuillemetNonFerme, 3));
        var mergedRows = Enumerable.Range(3, 150).Select(i => Row($"P{i}")).ToList();
        mergedRows[0] = mergedRows[0].Replace("Projet P3", "Projet \"P3");
        mergedRows[^1] = mergedRows[^1].Replace("Projet P152", "Projet P152\"");
        yield return CsvFile("guillemet-referme-150-lignes-plus-loin", c, Csv.Projets([Row("P1"), .. mergedRows]), Error(IssueCodes.GuillemetNonFerme, 3));
        yield return CsvFile("enregistrement-de-2-millions-de-caracteres", c, Csv.Projets(Row("P1") + new string('x', 2_000_000), Row("P2")),
            Error(IssueCodes.EnregistrementTropLong, 2));
        yield return CsvFile("cellules-a-droite-de-l-en-tete", c, Csv.Projets(Row("P1") + ";note perdue", Row("P2")),
            Warning(IssueCodes.CelluleHorsEnTete, 2));
        yield return CsvFile("colonne-sans-intitule", c, Csv.ProjetsHeader.Replace(";Durée (mois)", ";;Durée (mois)") + "\n"
            + Row("P1").Replace(";12", ";valeur cachée;12") + "\n", Warning(IssueCodes.CelluleHorsEnTete, 2));
        yield return CsvFile("fins-de-ligne-cr", c, Csv.Projets(Row("P1"), Row("P2")).Replace('\n', '\r'), Valid());
        yield return CsvFile("cellule-multiligne-legitime", c, Csv.Projets(Row("P1").Replace("Projet P1", "\"Projet\nsur deux lignes\"")), Valid());
        yield return CsvFile("mille-colonnes", c, Csv.Projets(Row("P1") + string.Concat(Enumerable.Repeat(";x", 1000))), Warning(IssueCodes.CelluleHorsEnTete, 2));
        yield return CsvFile("en-tete-introuvable", c, "nom;prénom\nDupont;Jean\n", Error(IssueCodes.EnTeteIntrouvable));
        yield return CsvFile("colonne-en-double", c, Csv.ProjetsHeader + ";Montant\n" + Row("P1") + ";5\n", Error(IssueCodes.ColonneEnDouble, null, "montant_accorde"));
        // Random bytes hold valid UTF-8 sequences and invalid ones: a mixed encoding, on its only line.
        yield return new("octets-aleatoires", c, "93/octets-aleatoires.csv",
            [.. RandomBytes(20_000, seed: 9).Select(b => b is (byte)'\n' or (byte)'\r' ? (byte)' ' : b)], Error(IssueCodes.EncodageIllisible, 1));
        yield return CsvFile("lignes-vides-avant-en-tete", c, new string('\n', 40) + Csv.Projets(Row("P1")), Valid());
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static readonly object[] Header = ["annee", "appel_a_projets", "id_projet", "intitule", "porteur", "type_porteur", "thematiques", "departements", "montant_accorde"];

    private static object?[] XlsxRow(string id, object? intitule = null, object? annee = null) =>
        [annee ?? 2021.0, "AAP 2021", id, intitule ?? $"Projet {id}", "Porteur", "association", "jeunes", "13", 10000.0];

    private static byte[] Workbook(params object?[][] rows) =>
        new XlsxBuilder().Sheet("Projets", s => { s.Row(Header); foreach (var row in rows) s.Row(row); }).ToBytes();

    private static HostileFile XlsxFile(string name, byte[] content, Expectation expected) =>
        new(name, "classeurs", $"93/{name}.xlsx", content, expected);

    private static IEnumerable<HostileFile> Workbooks()
    {
        yield return XlsxFile("classeur-valide", Workbook(XlsxRow("P1")), Valid());
        yield return XlsxFile("texte-renomme-en-xlsx", Utf8.GetBytes(Csv.Projets(Row("P1"))), Error(IssueCodes.FichierIllisible));
        var valid = Workbook(XlsxRow("P1"));
        yield return XlsxFile("zip-tronque", valid[..(valid.Length / 2)], Error(IssueCodes.FichierIllisible));
        yield return XlsxFile("zip-sans-classeur", Zip(("notes.txt", Utf8.GetBytes("rien"))), Error(IssueCodes.FichierIllisible));
        yield return XlsxFile("protege-par-mot-de-passe", CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"), Error(IssueCodes.ClasseurProtege));
        yield return XlsxFile("xls-97-renomme", CompoundFile("Workbook", "\u0005SummaryInformation"), Error(IssueCodes.FichierIllisible));
        yield return XlsxFile("bombe-zip", [], Error(IssueCodes.XlsxTropVolumineux)) with { Generate = () => ZipBomb(valid, 600L * 1024 * 1024) };
        yield return XlsxFile("classeur-cellule-a-droite", Workbook([.. XlsxRow("P1"), "note hors en-tête"]), Warning(IssueCodes.CelluleHorsEnTete, 2));
        yield return XlsxFile("classeur-caractere-nul", Workbook(XlsxRow("P1", intitule: "Projet_x0001_caché")), Error(IssueCodes.CaractereDeControle, 2, "intitule"));
        yield return XlsxFile("classeur-texte-de-40000-caracteres", Workbook(XlsxRow("P1", intitule: new string('a', 40_000))), Error(IssueCodes.TexteTropLong, 2, "intitule"));
        yield return XlsxFile("classeur-annee-9999", Workbook(XlsxRow("P1", annee: 9999.0)), Error(IssueCodes.AnneeInvalide, 2, "annee"));
        yield return XlsxFile("classeur-sans-feuille-utile", new XlsxBuilder().Sheet("Notes", s => s.Row("Lisez-moi")).ToBytes(), Error(IssueCodes.EnTeteIntrouvable));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open())
                    entry.Write(content);
        return stream.ToArray();
    }

    /// <summary>A valid workbook plus one entry of zeros that inflates to <paramref name="expanded"/> bytes.</summary>
    private static byte[] ZipBomb(byte[] workbook, long expanded)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        using (var entry = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.SmallestSize).Open())
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < expanded; written += zeros.Length) entry.Write(zeros);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// An OLE compound file (header and one directory sector) naming the given streams: what Office
    /// writes for a password-protected OOXML workbook (EncryptionInfo, EncryptedPackage) or an .xls.
    /// </summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        var file = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)0x3E).CopyTo(file, 24);  // minor version
        BitConverter.GetBytes((ushort)3).CopyTo(file, 26);     // major version 3: 512-byte sectors
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(file, 28); // byte order
        BitConverter.GetBytes((ushort)9).CopyTo(file, 30);     // sector shift
        BitConverter.GetBytes((ushort)6).CopyTo(file, 32);     // mini sector shift
        BitConverter.GetBytes(1).CopyTo(file, 44);             // one FAT sector
        BitConverter.GetBytes(1).CopyTo(file, 48);             // directory starts at sector 1
        BitConverter.GetBytes(4096).CopyTo(file, 56);          // mini stream cutoff
        BitConverter.GetBytes(0xFFFFFFFE).CopyTo(file, 60);    // no mini FAT
        BitConverter.GetBytes(0xFFFFFFFE).CopyTo(file, 68);    // no DIFAT sector
        for (var i = 1; i < 109; i++) BitConverter.GetBytes(0xFFFFFFFF).CopyTo(file, 76 + 4 * i); // the FAT is sector 0 alone
        for (var i = 0; i < 128; i++) BitConverter.GetBytes(i switch { 0 => 0xFFFFFFFD, 1 => 0xFFFFFFFE, _ => 0xFFFFFFFF }).CopyTo(file, 512 + 4 * i);
        string[] names = ["Root Entry", .. streams];
        for (var i = 0; i < names.Length && i < 4; i++)
        {
            var at = 1024 + i * 128;
            var name = Encoding.Unicode.GetBytes(names[i] + "\0");
            name.CopyTo(file, at);
            BitConverter.GetBytes((ushort)name.Length).CopyTo(file, at + 64);
            file[at + 66] = (byte)(i == 0 ? 5 : 2); // root storage, then streams
            BitConverter.GetBytes(0xFFFFFFFE).CopyTo(file, at + 116); // empty: no sector
        }
        return file;
    }

    // JSON: objects as lists of (key, raw JSON value), so a key can be written twice.
    private static (string Key, string Json)[] JsonProjet(string id, params (string Key, string Json)[] changes)
    {
        var fields = new List<(string Key, string Json)>
        {
            ("annee", "2021"), ("appel_a_projets", "\"AAP 2021\""), ("id_projet", $"\"{id}\""), ("intitule", $"\"Projet {id}\""),
            ("porteur", "\"Porteur\""), ("type_porteur", "\"association\""), ("thematiques", "[\"jeunes\"]"),
            ("departements", "[\"13\"]"), ("montant_accorde", "30500"),
        };
        foreach (var change in changes)
        {
            var at = fields.FindIndex(f => f.Key == change.Key);
            if (at >= 0) fields[at] = change; else fields.Add(change);
        }
        return [.. fields];
    }

    private static string JsonObject((string Key, string Json)[] fields) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Json}")) + "}";

    private static string JsonRows(params (string Key, string Json)[][] rows) => "[" + string.Join(",\n", rows.Select(JsonObject)) + "]";

    private static HostileFile JsonFile(string name, string json, Expectation expected) =>
        new(name, "json", $"93/{name}.json", Utf8.GetBytes(json), expected);

    private static IEnumerable<HostileFile> Json()
    {
        yield return JsonFile("json-valide", JsonRows(JsonProjet("P1"), JsonProjet("P2")), Valid());
        yield return JsonFile("json-cle-en-double", JsonRows(JsonProjet("P1"), [.. JsonProjet("P2"), ("montant_accorde", "9999999")]),
            Error(IssueCodes.CleEnDouble, 2, "montant_accorde"));
        yield return JsonFile("json-tableau-en-double", "{\"projets\":" + JsonRows(JsonProjet("P1")) + ",\"projets\":" + JsonRows(JsonProjet("P2")) + "}",
            Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-caractere-nul", JsonRows(JsonProjet("P1", ("intitule", "\"Projet\\u0000P1\""))), Error(IssueCodes.CaractereDeControle, 1, "intitule"));
        yield return JsonFile("json-sequence-echappement-terminal", JsonRows(JsonProjet("P1", ("porteur", "\"\\u001b[31mPorteur\""))), Error(IssueCodes.CaractereDeControle, 1, "porteur"));
        yield return JsonFile("json-profondeur-200", JsonRows(JsonProjet("P1", ("intitule", new string('[', 200) + new string(']', 200)))), Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-tronque", JsonRows(JsonProjet("P1"))[..40], Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-nombre-seul", "42", Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-tableau-de-nombres", "[1,2,3]", Error(IssueCodes.FichierIllisible, 1));
        yield return JsonFile("json-objet-sans-tableau", "{\"bilan\":[]}", Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-montant-1e400", JsonRows(JsonProjet("P1", ("montant_accorde", "1e400"))), Error(IssueCodes.MontantInvalide, 1, "montant_accorde"));
        yield return JsonFile("json-substitut-isole", JsonRows(JsonProjet("P1", ("intitule", "\"Projet \\ud800\""))), Error(IssueCodes.FichierIllisible));
        yield return JsonFile("json-meme-champ-deux-casses", JsonRows(JsonProjet("P1", ("Montant accordé", "5"))), Error(IssueCodes.ColonneEnDouble, null, "montant_accorde"));
        yield return JsonFile("json-tableau-vide", "[]", Error(IssueCodes.EnTeteIntrouvable));
    }

    private static IEnumerable<HostileFile> Values()
    {
        const string c = "valeurs";
        var withDate = Csv.ProjetsHeader.Replace("Année;", "Année;Date de décision;");
        string DatedRow(string annee, string date, string id = "P1") => Row(id).Replace("2021;", $"{annee};{date};");
        yield return CsvFile("date-decision-9999", c, withDate + "\n" + DatedRow("", "15/01/9999") + "\n", Error(IssueCodes.AnneeInvalide, 2, "date_decision"));
        yield return CsvFile("date-decision-0001", c, withDate + "\n" + DatedRow("", "0001-01-01") + "\n", Error(IssueCodes.AnneeInvalide, 2, "date_decision"));
        yield return CsvFile("date-decision-1899-avec-annee", c, withDate + "\n" + DatedRow("2021", "31/12/1899") + "\n", Error(IssueCodes.AnneeInvalide, 2, "date_decision"));
        yield return CsvFile("date-decision-valide", c, withDate + "\n" + DatedRow("", "15/01/2021") + "\n", Valid());
        yield return CsvFile("annee-9999", c, Csv.Projets(Csv.Projet("P1", annee: 9999)), Error(IssueCodes.AnneeInvalide, 2, "annee"));
        yield return CsvFile("echappement-terminal-dans-porteur", c, Csv.Projets(Row("P1").Replace("Porteur P1", "Porteur\u001b[2J")), Error(IssueCodes.CaractereDeControle, 2, "porteur"));
        yield return CsvFile("caractere-c1-dans-intitule", c, Csv.Projets(Row("P1").Replace("Projet P1", "Projet\u0085P1")), Error(IssueCodes.CaractereDeControle, 2, "intitule"));
        yield return CsvFile("intitule-de-2001-caracteres", c, Csv.Projets(Row("P1").Replace("Projet P1", new string('i', 2001))), Error(IssueCodes.TexteTropLong, 2, "intitule"));
        yield return CsvFile("intitule-de-2000-caracteres", c, Csv.Projets(Row("P1").Replace("Projet P1", new string('i', 2000))), Valid());
        yield return CsvFile("id-projet-de-101-caracteres", c, Csv.Projets(Csv.Projet(new string('X', 101))), Error(IssueCodes.TexteTropLong, 2, "id_projet"));
        yield return CsvFile("cellule-de-40000-caracteres", c, Csv.Projets(Row("P1").Replace("Porteur P1", new string('p', 40_000))), Error(IssueCodes.TexteTropLong, 2, "porteur"));
        yield return CsvFile("co-porteur-trop-long", c, Csv.Projets(Csv.Projet("P1", coPorteurs: new string('c', 501), coTypes: "association")), Error(IssueCodes.TexteTropLong, 2, "co_porteurs"));
        yield return CsvFile("montant-nan", c, Csv.Projets(Row("P1", montant: "NaN")), Error(IssueCodes.MontantInvalide, 2, "montant_accorde"));
        yield return CsvFile("montant-30-chiffres", c, Csv.Projets(Row("P1", montant: new string('9', 30))), Error(IssueCodes.MontantInvalide, 2, "montant_accorde"));
        yield return CsvFile("duree-moins-zero", c, Csv.Projets(Row("P1", duree: "-0")), Error(IssueCodes.ValeurHorsPlage, 2, "duree_mois"));
        yield return CsvFile("thematique-inconnue-conservee", c, Csv.Projets(Row("P1", themes: "Thème inventé")), Warning(IssueCodes.ThematiqueInconnue, 2, "thematiques"));
    }

    private static HostileFile PathFile(string name, string uploadPath, Expectation expected, Func<string, string>? create = null) =>
        new(name, "chemins", uploadPath, Utf8.GetBytes(Csv.Projets(Row("P1"))), expected) { Create = create };

    private static IEnumerable<HostileFile> Paths()
    {
        var refused = Error(IssueCodes.CheminInvalide);
        yield return PathFile("nom-qui-remonte", "93/x\\..\\..\\84\\projets.csv", refused);
        yield return PathFile("nom-avec-retour-a-la-ligne", "93/projets.csv\naccepté     93-faux.csv", refused);
        yield return PathFile("nom-avec-echappement-terminal", "93/projets\u001b[2J.csv", refused);
        yield return PathFile("nom-de-255-octets", "93/" + new string('n', 251) + ".csv", Valid());
        yield return PathFile("nom-de-250-octets-accentue", "93/" + new string('é', 123) + ".csv", Valid());
        yield return PathFile("nom-non-utf8", "93/bilan-\uFFFD.csv", refused, uploads =>
        {
            var folder = Directory.CreateDirectory(Path.Combine(uploads, "93")).FullName;
            using var shell = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "printf 'x' > \"$(printf 'bilan-\\377.csv')\""]) { WorkingDirectory = folder })!;
            shell.WaitForExit();
            return Directory.GetFiles(folder).Single();
        }) with
        { Unnameable = true };
        yield return PathFile("lien-vers-etc-passwd", "93/passwd.csv", refused, uploads =>
        {
            var link = Path.Combine(Directory.CreateDirectory(Path.Combine(uploads, "93")).FullName, "passwd.csv");
            File.CreateSymbolicLink(link, "/etc/passwd");
            return link;
        });
        yield return PathFile("lien-en-boucle", "93/boucle.csv", refused, uploads =>
        {
            var link = Path.Combine(Directory.CreateDirectory(Path.Combine(uploads, "93")).FullName, "boucle.csv");
            File.CreateSymbolicLink(link, link);
            return link;
        });
    }

    private static IEnumerable<HostileFile> Sizes()
    {
        const string c = "tailles";
        var limit = Fnavdl.Core.Issues.SettingNames.EnvironmentVariable(Fnavdl.Core.Issues.SettingNames.MaxUploadBytes);
        var file = Utf8.GetBytes(Csv.Projets([.. Enumerable.Range(1, 200).Select(i => Row($"P{i}"))]));
        yield return new HostileFile("au-dela-de-la-limite", c, "93/au-dela-de-la-limite.csv", file, Error(IssueCodes.FichierTropVolumineux))
        { Environment = new Dictionary<string, string> { [limit] = (file.Length - 1).ToString(CultureInfo.InvariantCulture) } };
        yield return new HostileFile("exactement-a-la-limite", c, "93/exactement-a-la-limite.csv", file, Valid())
        { Environment = new Dictionary<string, string> { [limit] = file.Length.ToString(CultureInfo.InvariantCulture) } };
        yield return new HostileFile("chaine-json-de-40-mo", c, "93/chaine-json-de-40-mo.json", [], Error(IssueCodes.TexteTropLong, 1, "intitule"))
        {
            Generate = () => Utf8.GetBytes(JsonRows(JsonProjet("P1", ("intitule", "\"" + new string('A', 40 * 1024 * 1024) + "\"")))),
        };
        yield return new HostileFile("dix-mille-lignes", c, "93/dix-mille-lignes.csv",
            Utf8.GetBytes(Csv.Projets([.. Enumerable.Range(1, 10_000).Select(i => Row($"P{i}"))])), Valid());
    }
}
