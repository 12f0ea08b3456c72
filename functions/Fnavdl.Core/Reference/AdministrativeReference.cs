using System.Collections.ObjectModel;
using System.Text.Json;

namespace Fnavdl.Core.Reference;

/// <summary>
/// The official administrative reference (regions, departments, EPCI, communes' populations) that
/// region, department and EPCI codes in reports are checked against. Generated from the npm package
/// <c>@etalab/decoupage-administratif</c> by scripts/reference and embedded in this assembly.
/// Immutable once loaded, so one instance is safely shared across threads.
/// </summary>
/// <remarks>
/// Lookups use plain dictionaries, never written after construction, rather than frozen ones: loading is on a
/// cold process's first file (a Function's cold start), where building FrozenDictionary/FrozenSet cost more
/// than their faster lookups ever repay at one lookup per cell (tests/Fnavdl.Bench/README.md, start-up).
/// </remarks>
public sealed class AdministrativeReference
{
    internal const string ResourcePrefix = "Fnavdl.Reference.";

    internal const string RegionsFile = "regions.csv";
    internal const string DepartementsFile = "departements.csv";
    internal const string EpciFile = "epci.csv";
    internal const string CommunesFile = "communes.csv";
    internal const string SourceFile = "source.json";

    /// <summary>
    /// Short forms regions actually write, keyed by <see cref="TextKey"/>. Only forms that cannot mean
    /// another region; official names are matched anyway.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["paca"] = "93",
        ["regionsud"] = "93", // PACA's own name for itself since 2017
        ["idf"] = "11",
        ["aura"] = "84",
        ["ara"] = "84",
        ["bfc"] = "27",
        ["hdf"] = "32",
        ["cvl"] = "24",
        ["centre"] = "24", // the region's name until 2015, same code
        ["reunion"] = "04", // "La Réunion" without its article
        ["paysdeloire"] = "52", // frequent slip for "Pays de la Loire"
    };

    private static readonly Lazy<AdministrativeReference> EmbeddedInstance =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, RegionInfo> _regionsByCode;
    private readonly Dictionary<string, RegionInfo> _regionsByKey;
    private readonly Dictionary<string, DepartementInfo> _departementsByCode;
    private readonly Dictionary<string, EpciInfo> _epcisBySiren;
    private readonly Dictionary<string, long> _communePopulationByRegion;

    private AdministrativeReference(
        string source,
        IReadOnlyList<RegionInfo> regions,
        IReadOnlyList<DepartementInfo> departements,
        IReadOnlyList<EpciInfo> epcis,
        Dictionary<string, long> communePopulationByRegion)
    {
        Source = source;
        Regions = regions;
        Departements = departements;
        Epcis = epcis;
        _regionsByCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

        var byKey = new Dictionary<string, RegionInfo>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            byKey[TextKey.Of(region.Nom)] = region;
        }

        foreach (var (key, code) in Abbreviations)
        {
            if (_regionsByCode.TryGetValue(code, out var region))
            {
                byKey.TryAdd(key, region);
            }
        }

        _regionsByKey = byKey;
        _departementsByCode = departements.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _epcisBySiren = epcis.ToDictionary(e => e.Siren, StringComparer.Ordinal);
        _communePopulationByRegion = communePopulationByRegion;
        CommunePopulationTotal = regions.Sum(r => _communePopulationByRegion.GetValueOrDefault(r.Code));
    }

    /// <summary>The reference embedded in this assembly, loaded on first use.</summary>
    public static AdministrativeReference Embedded => EmbeddedInstance.Value;

    /// <summary>Where the data comes from, as "package@version", e.g. "@etalab/decoupage-administratif@6.0.0".</summary>
    public string Source { get; }

    /// <summary>The 18 current regions, ordered by code.</summary>
    public IReadOnlyList<RegionInfo> Regions { get; }

    /// <summary>The departments of the 18 regions, ordered by code.</summary>
    public IReadOnlyList<DepartementInfo> Departements { get; }

    /// <summary>All EPCI à fiscalité propre, ordered by SIREN.</summary>
    public IReadOnlyList<EpciInfo> Epcis { get; }

    private long CommunePopulationTotal { get; }

    /// <summary>
    /// Resolves what a region wrote in a <c>code_region</c> cell: an INSEE code ("93", or "6" for "06"
    /// as spreadsheets drop the leading zero), an official name in any case, with or without accents,
    /// spaces or punctuation ("provence alpes cote d'azur"), optionally prefixed by "Région", or a
    /// common abbreviation (PACA, IDF, AURA, ARA, BFC, HDF, CVL).
    /// </summary>
    public bool TryResolveRegion(string text, out RegionInfo region)
    {
        region = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (IsAsciiDigits(trimmed))
        {
            return TryFindRegionByDigits(trimmed, out region);
        }

        var key = TextKey.Of(trimmed);
        if (_regionsByKey.TryGetValue(key, out var found))
        {
            region = found;
            return true;
        }

        // "Région Bretagne", "Region 53".
        const string prefix = "region";
        if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = key[prefix.Length..];
            if (IsAsciiDigits(rest))
            {
                return TryFindRegionByDigits(rest, out region);
            }

            if (_regionsByKey.TryGetValue(rest, out found))
            {
                region = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>The region with this INSEE code ("93"; "6" is read as "06"), or null.</summary>
    public RegionInfo? FindRegion(string code)
    {
        var trimmed = code?.Trim();
        return trimmed is not null && IsAsciiDigits(trimmed) && TryFindRegionByDigits(trimmed, out var region)
            ? region
            : null;
    }

    /// <summary>
    /// The department with this code, tolerant of what spreadsheets and people do to codes:
    /// " 13 " → "13", "6" → "06", "2a" → "2A". Null when unknown.
    /// </summary>
    public DepartementInfo? FindDepartement(string code) =>
        NormaliseDepartementCode(code) is { } normalised
        && _departementsByCode.TryGetValue(normalised, out var departement)
            ? departement
            : null;

    /// <summary>The departments of a region, ordered by code (empty for an unknown region).</summary>
    public IReadOnlyList<DepartementInfo> DepartementsOf(string codeRegion)
    {
        var region = FindRegion(codeRegion);
        return region is null ? [] : Departements.Where(d => d.CodeRegion == region.Code).ToArray();
    }

    /// <summary>The EPCI with this 9-digit SIREN (spaces tolerated), or null.</summary>
    public EpciInfo? FindEpci(string siren)
    {
        if (string.IsNullOrEmpty(siren))
        {
            return null;
        }

        Span<char> digits = stackalloc char[9];
        var length = 0;
        foreach (var c in siren)
        {
            if (char.IsWhiteSpace(c)) // includes U+00A0 and U+202F, which French number formats insert
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || length == digits.Length)
            {
                return null;
            }

            digits[length++] = c;
        }

        return length == digits.Length
            && _epcisBySiren.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(digits, out var epci)
                ? epci
                : null;
    }

    /// <summary>
    /// Sum of the municipal populations of the region's current communes (the denominator of
    /// per-inhabitant indicators).
    /// </summary>
    /// <exception cref="ArgumentException">The code is not one of the 18 regions.</exception>
    public long CommunePopulation(string codeRegion)
    {
        var region = FindRegion(codeRegion)
            ?? throw new ArgumentException($"'{codeRegion}' is not the code of a current region.", nameof(codeRegion));
        return _communePopulationByRegion.GetValueOrDefault(region.Code);
    }

    /// <summary>Sum of the municipal populations of all current communes of the 18 regions.</summary>
    public long CommunePopulationOfRegions() => CommunePopulationTotal;

    /// <summary>Loads a reference from files named like the embedded resources (regions.csv, …, source.json).</summary>
    internal static AdministrativeReference Load(Func<string, TextReader> open)
    {
        string source;
        using (var reader = open(SourceFile))
        {
            source = ReadSource(reader.ReadToEnd());
        }

        var regions = new List<RegionInfo>();
        using (var reader = open(RegionsFile))
        {
            foreach (var f in ReferenceCsv.Rows(reader, RegionsFile, 2))
            {
                regions.Add(new RegionInfo(f[0], f[1]));
            }
        }

        regions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var regionCodes = regions.ToDictionary(r => r.Code, r => r.Code, StringComparer.Ordinal);

        // Region codes are shared string instances, so the per-row region fields below cost nothing.
        string KnownRegion(string code, string fileName) =>
            regionCodes.TryGetValue(code, out var shared)
                ? shared
                : throw new InvalidDataException($"Reference file {fileName}: unknown region '{code}'.");

        var departements = new List<DepartementInfo>();
        using (var reader = open(DepartementsFile))
        {
            foreach (var f in ReferenceCsv.Rows(reader, DepartementsFile, 3))
            {
                departements.Add(new DepartementInfo(f[0], f[1], KnownRegion(f[2], DepartementsFile)));
            }
        }

        departements.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

        // Commune → region is only needed to work out which regions each EPCI touches; fields are sliced
        // as spans so that the 35,000 lines cost one string each (the commune code) plus the line.
        // string → string, not → (code, region): that instantiation is precompiled in the framework, a tuple's
        // would be compiled on a cold start; the stored key is the commune's code string.
        var regionOfCommune = new Dictionary<string, string>(40_000, StringComparer.Ordinal);
        var communesBySpan = regionOfCommune.GetAlternateLookup<ReadOnlySpan<char>>();
        var populationByRegion = new Dictionary<string, long>(StringComparer.Ordinal);
        var regionCodesBySpan = regionCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        using (var reader = open(CommunesFile))
        {
            foreach (var (line, number) in ReferenceCsv.Lines(reader, CommunesFile, 4))
            {
                var rest = line.AsSpan();
                var code = ReferenceCsv.NextField(ref rest).ToString();
                _ = ReferenceCsv.NextField(ref rest); // departement: not needed at run time
                var regionField = ReferenceCsv.NextField(ref rest);
                var region = regionCodesBySpan.TryGetValue(regionField, out var shared)
                    ? shared
                    : throw new InvalidDataException($"Reference file {CommunesFile}, line {number}: unknown region '{regionField}'.");
                regionOfCommune[code] = region;
                populationByRegion[region] = populationByRegion.GetValueOrDefault(region) + ReferenceCsv.ParseCount(rest, CommunesFile);
            }
        }

        // Most EPCI lie in one region: share one set instance per distinct combination.
        var sharedRegionSets = new Dictionary<string, ReadOnlySet<string>>(StringComparer.Ordinal);
        var memberRegions = new SortedSet<string>(StringComparer.Ordinal);
        var epcis = new List<EpciInfo>(1_300);
        using (var reader = open(EpciFile))
        {
            foreach (var (line, number) in ReferenceCsv.Lines(reader, EpciFile, 4))
            {
                var rest = line.AsSpan();
                var siren = ReferenceCsv.NextField(ref rest).ToString();
                var nom = ReferenceCsv.NextField(ref rest).ToString();
                var population = ReferenceCsv.ParseCount(ReferenceCsv.NextField(ref rest), EpciFile);

                var members = new List<string>(rest.Count(' ') + 1);
                memberRegions.Clear();
                foreach (var range in rest.Split(' '))
                {
                    var member = rest[range];
                    if (member.IsEmpty)
                    {
                        continue;
                    }

                    // The commune's own code string is reused, so members cost no extra strings.
                    if (!communesBySpan.TryGetValue(member, out var code, out var region))
                    {
                        throw new InvalidDataException(
                            $"Reference file {EpciFile}, line {number}: EPCI {siren} has unknown member commune '{member}'.");
                    }

                    members.Add(code);
                    memberRegions.Add(region);
                }

                if (members.Count == 0)
                {
                    throw new InvalidDataException($"Reference file {EpciFile}, line {number}: EPCI {siren} has no member commune.");
                }

                members.Sort(StringComparer.Ordinal);
                var setKey = string.Join(',', memberRegions);
                if (!sharedRegionSets.TryGetValue(setKey, out var regionSet))
                {
                    regionSet = new ReadOnlySet<string>(new HashSet<string>(memberRegions, StringComparer.Ordinal));
                    sharedRegionSets[setKey] = regionSet;
                }

                epcis.Add(new EpciInfo(siren, nom, population, regionSet, members.AsReadOnly()));
            }
        }

        epcis.Sort((a, b) => string.CompareOrdinal(a.Siren, b.Siren));
        return new AdministrativeReference(source, regions.AsReadOnly(), departements.AsReadOnly(), epcis.AsReadOnly(), populationByRegion);
    }

    private static AdministrativeReference LoadEmbedded()
    {
        var assembly = typeof(AdministrativeReference).Assembly;
        return Load(fileName =>
        {
            var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
                ?? throw new InvalidOperationException($"Embedded reference resource '{ResourcePrefix}{fileName}' is missing.");
            return new StreamReader(stream, System.Text.Encoding.UTF8);
        });
    }

    private static string ReadSource(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var package = root.GetProperty("package").GetString();
        var version = root.GetProperty("version").GetString();
        return string.IsNullOrEmpty(package) || string.IsNullOrEmpty(version)
            ? throw new InvalidDataException($"Reference file {SourceFile} lacks package or version.")
            : $"{package}@{version}";
    }

    private bool TryFindRegionByDigits(string digits, out RegionInfo region)
    {
        // A single digit is a code whose leading zero a spreadsheet dropped: region codes have two digits.
        var code = digits.Length == 1 ? "0" + digits : digits;
        if (_regionsByCode.TryGetValue(code, out var found))
        {
            region = found;
            return true;
        }

        region = null!;
        return false;
    }

    private static string? NormaliseDepartementCode(string? code)
    {
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0]))
        {
            return "0" + trimmed;
        }

        return trimmed.ToUpperInvariant();
    }

    private static bool IsAsciiDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
