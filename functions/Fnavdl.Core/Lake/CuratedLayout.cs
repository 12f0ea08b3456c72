using System.Globalization;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Lake;

/// <summary>
/// Where the curated tables live and which files make up a replacement unit (spec, "Replacement").
/// A unit key and a version (the ingestion id that wrote it) name exactly the unit's files: one
/// file per unit per table, so a new version is written beside the current one, never over it,
/// and the region's manifest (<see cref="UnitManifest"/>, the only pointer readers follow) switches from one
/// to the other at once, for every unit of a deposit.
/// </summary>
/// <remarks>
/// Layout (Hive-style partitions, '/' separators, relative to the curated area):
/// <code>
/// projets/annee=2021/code_region=93/appel-&lt;slug&gt;.&lt;version&gt;.parquet   (+ the same name under each bridge table)
/// suivi/annee=2021/code_region=93/suivi.&lt;version&gt;.parquet
/// enveloppes/annee=2021/code_region=93/enveloppes.&lt;version&gt;.parquet
/// depots/annee=2021/code_region=93/&lt;the unit's file name&gt;   (every unit: its deposit's lineage, one row)
/// </code>
/// Unit keys: <c>projets/annee=2021/code_region=93/appel=&lt;slug&gt;</c>, <c>suivi/annee=2021/code_region=93</c>,
/// <c>enveloppes/annee=2021/code_region=93</c>.
/// </remarks>
public static class CuratedLayout
{
    // The tables' folders are named as the contract names the tables.
    public const string Projets = TableNames.Projets;
    public const string ProjetsThematiques = TableNames.ProjetsThematiques;
    public const string ProjetsDepartements = TableNames.ProjetsDepartements;
    public const string ProjetsEpci = TableNames.ProjetsEpci;
    public const string ProjetsCoPorteurs = TableNames.ProjetsCoPorteurs;
    public const string Suivi = TableNames.Suivi;
    public const string Enveloppes = TableNames.Enveloppes;

    /// <summary>The deposit's lineage, one row per unit version: a file of every unit, beside its tables' (last).</summary>
    public const string Depots = TableNames.Depots;

    /// <summary>The tables a <c>projets</c> unit writes: the main table first, then its bridges.</summary>
    public static IReadOnlyList<string> ProjetsTables { get; } =
        [Projets, ProjetsThematiques, ProjetsDepartements, ProjetsEpci, ProjetsCoPorteurs];

    /// <summary>Every curated table, in the order of the README.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. ProjetsTables, Suivi, Enveloppes, Depots];

    private const string AppelKeyPrefix = "appel=";
    private const string AppelFilePrefix = "appel-";
    private const string ParquetExtension = ".parquet";

    /// <summary>The partition folders shared by every table: <c>annee=2021/code_region=93</c>.</summary>
    public static string Partition(string codeRegion, int annee)
    {
        CheckedRegion(codeRegion);
        ValidateYear(annee);
        return $"annee={annee.ToString(CultureInfo.InvariantCulture)}/code_region={codeRegion}";
    }

    public static string ProjetsUnitKey(string codeRegion, int annee, string appelAProjets) =>
        $"{Projets}/{Partition(codeRegion, annee)}/{AppelKeyPrefix}{AppelSlug.For(appelAProjets)}";

    public static string SuiviUnitKey(string codeRegion, int annee) => $"{Suivi}/{Partition(codeRegion, annee)}";

    public static string EnveloppesUnitKey(string codeRegion, int annee) => $"{Enveloppes}/{Partition(codeRegion, annee)}";

    public static IReadOnlyList<string> ProjetsFiles(string codeRegion, int annee, string appelAProjets, string version) =>
        FilesOfUnit(ProjetsUnitKey(codeRegion, annee, appelAProjets), version);

    public static IReadOnlyList<string> SuiviFiles(string codeRegion, int annee, string version) =>
        FilesOfUnit(SuiviUnitKey(codeRegion, annee), version);

    public static IReadOnlyList<string> EnveloppesFiles(string codeRegion, int annee, string version) =>
        FilesOfUnit(EnveloppesUnitKey(codeRegion, annee), version);

    /// <summary>
    /// The files of one version of a unit (main table first for <c>projets</c>, its <c>depots</c> file last). Bridge
    /// files exist even when empty, so a version is always complete on its own.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not one this layout produces, or the version is not a file-name token.</exception>
    public static IReadOnlyList<string> FilesOfUnit(string unitKey, string version)
    {
        if (!IsValidVersion(version))
            throw new ArgumentException($"Not a unit version usable in a file name: '{version}'.", nameof(version));
        return [.. StemsOfUnit(unitKey).Select(stem => $"{stem}.{version}{ParquetExtension}")];
    }

    /// <summary>
    /// What the names of every version's files of a unit start with, one per table
    /// (<c>projets/annee=2021/code_region=93/appel-&lt;slug&gt;.</c>): listing them finds superseded
    /// versions and the leftovers of an interrupted commit.
    /// </summary>
    public static IReadOnlyList<string> VersionPrefixesOfUnit(string unitKey) => [.. StemsOfUnit(unitKey).Select(stem => stem + ".")];

    /// <summary>The version a file of the unit belongs to (null if the name is not <c>{prefix}{version}.parquet</c>).</summary>
    public static string? VersionOf(string path, string versionPrefix)
    {
        if (!path.StartsWith(versionPrefix, StringComparison.Ordinal) || !path.EndsWith(ParquetExtension, StringComparison.Ordinal)) return null;
        var version = path[versionPrefix.Length..^ParquetExtension.Length];
        return IsValidVersion(version) ? version : null;
    }

    /// <summary>The unit and version a curated file belongs to, or null for a path this layout does not produce.</summary>
    public static (string UnitKey, string Version)? UnitOfFile(string path)
    {
        var parts = path.Split('/');
        if (parts.Length != 4 || !Tables.Contains(parts[0]) || !IsPartition(parts[1], parts[2])
            || !parts[3].EndsWith(ParquetExtension, StringComparison.Ordinal)) return null;
        var name = parts[3][..^ParquetExtension.Length];
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !IsValidVersion(name[(dot + 1)..])) return null;
        var stem = name[..dot];
        var partition = $"{parts[1]}/{parts[2]}";
        string? key = parts[0] switch
        {
            Suivi or Enveloppes when stem == parts[0] => $"{parts[0]}/{partition}",
            Suivi or Enveloppes => null,
            Depots when stem is Suivi or Enveloppes => $"{stem}/{partition}",
            _ when stem.StartsWith(AppelFilePrefix, StringComparison.Ordinal) && AppelSlug.IsSlug(stem[AppelFilePrefix.Length..]) =>
                $"{Projets}/{partition}/{AppelKeyPrefix}{stem[AppelFilePrefix.Length..]}",
            _ => null,
        };
        return key is null ? null : (key, name[(dot + 1)..]);
    }

    /// <summary>A version is a file-name token: ASCII letters, digits, '-' and '_' (an ingestion id is 16 hex digits).</summary>
    public static bool IsValidVersion(string? version) =>
        version is { Length: > 0 and <= 64 } && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static IReadOnlyList<string> StemsOfUnit(string unitKey)
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
                    var stem = AppelFilePrefix + parts[3][AppelKeyPrefix.Length..];
                    return [.. ProjetsTables.Select(table => $"{table}/{partition}/{stem}"), $"{Depots}/{partition}/{stem}"];
                case Suivi when parts.Length == 3:
                    return [$"{Suivi}/{partition}/{Suivi}", $"{Depots}/{partition}/{Suivi}"];
                case Enveloppes when parts.Length == 3:
                    return [$"{Enveloppes}/{partition}/{Enveloppes}", $"{Depots}/{partition}/{Enveloppes}"];
            }
        }
        throw new ArgumentException($"Not a curated unit key: '{unitKey}'.", nameof(unitKey));
    }

    /// <summary>The region of a unit key (<c>projets/annee=2021/code_region=93/appel=…</c> → <c>93</c>).</summary>
    /// <exception cref="ArgumentException">The key is not one this layout produces.</exception>
    public static string RegionOfUnit(string unitKey)
    {
        StemsOfUnit(unitKey);
        return unitKey.Split('/')[2]["code_region=".Length..];
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

    /// <summary>Region codes are path segments: letters and digits only, so no key or manifest path can escape its folder.</summary>
    public static bool IsValidRegion(string? codeRegion) =>
        codeRegion is { Length: > 0 and <= 8 } && codeRegion.All(char.IsAsciiLetterOrDigit);

    private static void ValidateYear(int annee)
    {
        if (!IsValidYear(annee))
            throw new ArgumentOutOfRangeException(nameof(annee), annee, "A programme year has four digits.");
    }

    /// <summary>The region code, checked to be usable as a path segment (letters and digits, at most 8).</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static string CheckedRegion(string codeRegion)
    {
        ArgumentNullException.ThrowIfNull(codeRegion);
        if (!IsValidRegion(codeRegion))
            throw new ArgumentException($"Not a region code usable in a path: '{codeRegion}'.", nameof(codeRegion));
        return codeRegion;
    }
}
