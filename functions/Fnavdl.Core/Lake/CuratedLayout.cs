using System.Globalization;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Where the curated tables live and which files make up a replacement unit (spec, "Replacement").
/// A unit key names exactly the files that replace it, so the committer can overwrite them
/// without listing the store: one file per unit per table, with a name derived from the key alone.
/// </summary>
/// <remarks>
/// Layout (Hive-style partitions, '/' separators, relative to the curated area):
/// <code>
/// projets/annee=2021/code_region=93/appel-&lt;slug&gt;.parquet        (+ the same name under each bridge table)
/// suivi/annee=2021/code_region=93/suivi.parquet
/// enveloppes/annee=2021/code_region=93/enveloppes.parquet
/// </code>
/// Unit keys: <c>projets/annee=2021/code_region=93/appel=&lt;slug&gt;</c>, <c>suivi/annee=2021/code_region=93</c>,
/// <c>enveloppes/annee=2021/code_region=93</c>.
/// </remarks>
public static class CuratedLayout
{
    public const string Projets = "projets";
    public const string ProjetsThematiques = "projets_thematiques";
    public const string ProjetsDepartements = "projets_departements";
    public const string ProjetsEpci = "projets_epci";
    public const string ProjetsCoPorteurs = "projets_co_porteurs";
    public const string Suivi = "suivi";
    public const string Enveloppes = "enveloppes";

    /// <summary>The tables a <c>projets</c> unit writes: the main table first, then its bridges.</summary>
    public static IReadOnlyList<string> ProjetsTables { get; } =
        [Projets, ProjetsThematiques, ProjetsDepartements, ProjetsEpci, ProjetsCoPorteurs];

    /// <summary>Every curated table, in the order of the README.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. ProjetsTables, Suivi, Enveloppes];

    private const string AppelKeyPrefix = "appel=";
    private const string AppelFilePrefix = "appel-";
    private const string ParquetExtension = ".parquet";

    /// <summary>The partition folders shared by every table: <c>annee=2021/code_region=93</c>.</summary>
    public static string Partition(string codeRegion, int annee)
    {
        ValidateRegion(codeRegion);
        ValidateYear(annee);
        return $"annee={annee.ToString(CultureInfo.InvariantCulture)}/code_region={codeRegion}";
    }

    public static string ProjetsUnitKey(string codeRegion, int annee, string appelAProjets) =>
        $"{Projets}/{Partition(codeRegion, annee)}/{AppelKeyPrefix}{AppelSlug.For(appelAProjets)}";

    public static string SuiviUnitKey(string codeRegion, int annee) => $"{Suivi}/{Partition(codeRegion, annee)}";

    public static string EnveloppesUnitKey(string codeRegion, int annee) => $"{Enveloppes}/{Partition(codeRegion, annee)}";

    public static IReadOnlyList<string> ProjetsFiles(string codeRegion, int annee, string appelAProjets) =>
        FilesOfUnit(ProjetsUnitKey(codeRegion, annee, appelAProjets));

    public static IReadOnlyList<string> SuiviFiles(string codeRegion, int annee) => FilesOfUnit(SuiviUnitKey(codeRegion, annee));

    public static IReadOnlyList<string> EnveloppesFiles(string codeRegion, int annee) => FilesOfUnit(EnveloppesUnitKey(codeRegion, annee));

    /// <summary>
    /// The files a unit consists of, from its key alone (main table first for <c>projets</c>).
    /// Bridge files exist even when empty, so replacing a unit always overwrites all of them.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not one this layout produces.</exception>
    public static IReadOnlyList<string> FilesOfUnit(string unitKey)
    {
        ArgumentNullException.ThrowIfNull(unitKey);
        var parts = unitKey.Split('/');
        if (parts.Length >= 3 && IsPartition(parts[1], parts[2]))
        {
            var partition = $"{parts[1]}/{parts[2]}";
            switch (parts[0])
            {
                case Projets when parts.Length == 4 && parts[3].StartsWith(AppelKeyPrefix, StringComparison.Ordinal)
                                  && AppelSlug.IsSlug(parts[3][AppelKeyPrefix.Length..]):
                    var fileName = AppelFilePrefix + parts[3][AppelKeyPrefix.Length..] + ParquetExtension;
                    return [.. ProjetsTables.Select(table => $"{table}/{partition}/{fileName}")];
                case Suivi when parts.Length == 3:
                    return [$"{Suivi}/{partition}/{Suivi}{ParquetExtension}"];
                case Enveloppes when parts.Length == 3:
                    return [$"{Enveloppes}/{partition}/{Enveloppes}{ParquetExtension}"];
            }
        }
        throw new ArgumentException($"Not a curated unit key: '{unitKey}'.", nameof(unitKey));
    }

    /// <summary>
    /// True for a file of the main <c>projets</c> table of <paramref name="codeRegion"/>, any year
    /// (<c>projets/annee=*/code_region={r}/*.parquet</c>); bridges and other regions are excluded.
    /// </summary>
    public static bool IsProjetsFileOfRegion(string path, string codeRegion)
    {
        var parts = path.Split('/');
        return parts.Length == 4
               && parts[0] == Projets
               && IsPartition(parts[1], parts[2])
               && parts[2] == "code_region=" + codeRegion
               && parts[3].EndsWith(ParquetExtension, StringComparison.Ordinal);
    }

    private static bool IsPartition(string yearPart, string regionPart) =>
        yearPart.StartsWith("annee=", StringComparison.Ordinal)
        && int.TryParse(yearPart["annee=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && IsValidYear(year)
        && regionPart.StartsWith("code_region=", StringComparison.Ordinal)
        && IsValidRegion(regionPart["code_region=".Length..]);

    private static bool IsValidYear(int annee) => annee is >= 1000 and <= 9999;

    // Region codes are path segments: letters and digits only, so no key can escape its folder.
    private static bool IsValidRegion(string codeRegion) =>
        codeRegion.Length is > 0 and <= 8 && codeRegion.All(char.IsAsciiLetterOrDigit);

    private static void ValidateYear(int annee)
    {
        if (!IsValidYear(annee))
            throw new ArgumentOutOfRangeException(nameof(annee), annee, "A programme year has four digits.");
    }

    private static void ValidateRegion(string codeRegion)
    {
        ArgumentNullException.ThrowIfNull(codeRegion);
        if (!IsValidRegion(codeRegion))
            throw new ArgumentException($"Not a region code usable in a path: '{codeRegion}'.", nameof(codeRegion));
    }
}
