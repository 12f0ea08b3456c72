using System.Text.Json;

namespace SampleMaker;

/// <summary>
/// Bretagne (53): a JSON export from the region's own tool, one object holding the "projets" and
/// "enveloppes" arrays, with canonical keys, JSON numbers, booleans, nulls and arrays for lists.
/// </summary>
public static class Bretagne
{
    private const string Region = "53";

    private static readonly Department[] Departments =
    [
        new("35", 35, ["Rennes", "Saint-Malo", "Fougères"], ["243500139", "243500782", "200072452"]),
        new("29", 30, ["Brest", "Quimper", "Morlaix"], ["242900314", "200068120", "242900835"]),
        new("56", 20, ["Lorient", "Vannes"], ["200042174", "200067932"]),
        new("22", 15, ["Saint-Brieuc", "Lannion"], ["200069409", "200065928"]),
    ];

    public static void Write(SampleSet set)
    {
        var random = new Random(5321);
        Carrier Asso(string name) => new(name, CarrierType.Association, "association", Siren.Fictional(random));
        Carrier Hlm(string name) => new(name, CarrierType.Bailleur, "bailleur_social", Siren.Fictional(random));
        var mix = new CarrierMix(
            [Asso("Amitiés d'Armor Logement"), Asso("Breizh Habitat Solidaire"), Asso("Le Relais Logement Finistère"), Asso("Toit Breton Jeunes")],
            [Hlm("Armor Habitat Social"), Hlm("Finistère Logis")],
            [new("Ville de Rennes", CarrierType.Collectivite, "collectivite", Siren.Require("213502388")),
             new("Ville de Brest", CarrierType.Collectivite, "collectivite", Siren.Require("212900195"))],
            []);
        var generator = new ProjectGenerator(random, mix, Departments, "BZH-2021-") { SirenOnlyShare = 1.0, NoSirenShare = 0.0 };
        var projects = generator.Call(new CallSpec("AAP Bretagne 2021", new DateOnly(2021, 5, 20), 8, 2, 560_000m), 2021);
        projects = projects.Select(p => p with { CoPortageColumn = p.CoCarried }).ToList();
        SampleEnvelope[] envelopes = [new(2020, 400_000m), new(2021, 650_000m)];

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("projets");
            foreach (var p in projects)
            {
                json.WriteStartObject();
                json.WriteString("code_region", Region);
                json.WriteNumber("annee", p.Year);
                json.WriteString("appel_a_projets", p.Call);
                json.WriteString("date_decision", FrenchFormat.IsoDate(p.Decision!.Value));
                json.WriteString("id_projet", p.Id);
                json.WriteString("intitule", p.Title);
                json.WriteString("porteur", p.Lead.Name);
                json.WriteString("type_porteur", p.Lead.TypeLabel);
                json.WriteString("siren_porteur", p.SirenOrSiret);
                Strings(json, "co_porteurs", p.CoCarriers.Select(c => c.Name));
                Strings(json, "types_co_porteurs", p.CoCarriers.Select(c => c.TypeLabel));
                json.WriteBoolean("co_portage", p.CoPortageColumn!.Value);
                Strings(json, "thematiques", p.Themes);
                Strings(json, "departements", p.Departments);
                Strings(json, "epci", p.Epci);
                json.WriteNumber("montant_accorde", p.Amount);
                if (p.Requested is { } r) json.WriteNumber("montant_demande", r); else json.WriteNull("montant_demande");
                if (p.Households is { } h) json.WriteNumber("menages_prevus", h); else json.WriteNull("menages_prevus");
                if (p.Months is { } m) json.WriteNumber("duree_mois", m); else json.WriteNull("duree_mois");
                json.WriteString("volet", p.Volet);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("enveloppes");
            foreach (var e in envelopes)
            {
                json.WriteStartObject();
                json.WriteString("code_region", Region);
                json.WriteNumber("annee", e.Year);
                json.WriteNumber("enveloppe", e.Amount);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        const string file = "53/export-fnavdl-bretagne-2021.json";
        var path = set.Upload(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [.. buffer.ToArray(), (byte)'\n']);
        const string shape = "JSON : objet `{ \"projets\": [...], \"enveloppes\": [...] }`, clés canoniques, nombres JSON, booléens, `null`, listes en tableaux";
        set.Figures.Projets(file, Region, shape, "Un fichier JSON portant deux sortes de rapport (projets et enveloppes)", projects);
        set.Figures.Enveloppes(file, Region, shape, "Enveloppes 2020 et 2021 dans le même fichier", envelopes);
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
