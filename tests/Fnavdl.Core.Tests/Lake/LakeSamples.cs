using System.Globalization;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Tests.Lake;

/// <summary>Curated rows shaped like region 93's 2021 reports, and a temp folder to write units into.</summary>
internal static class LakeSamples
{
    public const string Region = "93";
    public const string Appel1 = "AAP 2020-10";
    public const string Appel2 = "Appel à projets — avril 2021";

    public static Lineage Lineage { get; } = new(
        "uploads/93/2021/projets.xlsx",
        "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12",
        "ing-0001",
        new DateTimeOffset(2021, 3, 15, 10, 30, 45, 123, TimeSpan.FromHours(1)));

    /// <summary>
    /// <paramref name="count"/> projects of one call whose amounts add up to <paramref name="total"/>
    /// (the last project takes the remainder); every third is co-carried with a landlord.
    /// </summary>
    public static List<Projet> Projets(string appel, int count, decimal total, string idPrefix)
    {
        var each = decimal.Round(total / count, 2, MidpointRounding.ToZero);
        var rows = new List<Projet>(count);
        for (var i = 0; i < count; i++)
        {
            var coCarried = i % 3 == 0;
            rows.Add(new Projet
            {
                CodeRegion = Region,
                Annee = 2021,
                AppelAProjets = appel,
                DateDecision = i % 2 == 0 ? new DateOnly(2021, 1, 28) : null,
                IdProjet = idPrefix + (i + 1).ToString("D3", CultureInfo.InvariantCulture),
                Intitule = $"Accompagnement n° {i + 1}",
                Porteur = $"Association {i + 1}",
                TypePorteur = "association",
                SirenPorteur = i % 4 == 0 ? "775672272" : null,
                CoPorteurs = coCarried ? [new CoPorteur("Logirem", "bailleur_social"), new CoPorteur("CCAS de Nice", null)] : [],
                CoPortage = i % 5 == 0 ? coCarried : null,
                Thematiques = i % 2 == 0
                    ? [new Thematique("prevention_expulsions", "Expulsions"), new Thematique("sante_mentale", "Santé mentale"), new Thematique("jeunes", "Jeunes")]
                    : [new Thematique("autre", "Seniors isolés")],
                Departements = i % 2 == 0 ? ["13", "06"] : ["83"],
                Epci = i % 3 == 1 ? ["200054807"] : [],
                MontantAccorde = i == count - 1 ? total - each * (count - 1) : each,
                MontantDemande = i % 2 == 0 ? each + 1000m : null,
                MenagesPrevus = i % 2 == 0 ? 20 + i : null,
                DureeMois = i % 2 == 0 ? 24 : null,
                Volet = i % 2 == 0 ? "vers" : null,
                CoPortageDerive = coCarried,
                PortageBailleur = coCarried,
                SourceRow = i + 2,
                SourceSheet = "Projets",
            });
        }
        return rows;
    }

    public static Suivi SuiviRow(string id, int row, int? sortis, decimal? consomme) => new()
    {
        CodeRegion = Region,
        Annee = 2021,
        IdProjet = id,
        MenagesAccompagnes = 10,
        MenagesSortis = sortis,
        Relogements = sortis is null ? null : 2,
        Maintiens = sortis is null ? null : 1,
        MontantConsomme = consomme,
        SourceRow = row,
    };

    /// <summary>Opens files under <paramref name="root"/> by their relative path, creating folders.</summary>
    public static Func<string, Stream> FolderOutput(string root) => relative =>
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return File.Create(full);
    };

    public static async Task<IReadOnlyList<string>> WriteProjetsAsync(Func<string, Stream> output, IEnumerable<Projet> rows, int rowGroupSize = 50_000)
    {
        await using var writer = new ProjetsUnitWriter(Lineage, output, rowGroupSize);
        foreach (var row in rows) await writer.AddAsync(row);
        return await writer.CompleteAsync();
    }
}

/// <summary>A temporary folder deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("fnavdl-lake-").FullName;

    /// <summary>The root with '/' separators, as DuckDB globs expect.</summary>
    public string Glob(string relative) => Root.Replace('\\', '/') + "/" + relative;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* best effort: the OS cleans temp folders */ }
    }
}
