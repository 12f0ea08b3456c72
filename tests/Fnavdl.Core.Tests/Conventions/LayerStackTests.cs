namespace Fnavdl.Core.Tests.Conventions;

/// <summary>
/// The core is a stack: its folders (namespaces) are layers on rungs, and a layer may use only layers on
/// the rungs below its own — never one beside it, never one above. Read by Roslyn's semantic model over
/// the sources (see <see cref="SourceDependencies"/>), so a fully-qualified name, a name of a parent
/// namespace, an inlined constant or the type of a <c>var</c> counts as a use, as a <c>using</c> would.
/// The README's "Repository" section draws the same stack.
/// </summary>
public sealed class LayerStackTests
{
    /// <summary>
    /// The one rule, bottom rung first. A layer is a namespace below <c>Fnavdl.Core</c> and everything under it,
    /// unless a deeper namespace is a layer of its own (<c>Storage.Local</c>, the local adapters of the
    /// <c>Storage</c> ports).
    /// </summary>
    internal static readonly string[][] Rungs =
    [
        // Foundations, each on its own: the contract (table definitions, canonical rows, header matching,
        // vocabularies, file formats); administrative reference data; the storage ports; spreadsheet cells and packages.
        ["Schema", "Reference", "Storage", "Spreadsheets"],
        // The issue catalogue: every code, severity and message template (which may name the contract's fields and
        // formats), and the setting names messages quote. Every layer above may raise an issue.
        ["Issues"],
        // The data's path: a file is read, validated, written to the lake, and ingestion runs the three.
        ["Reading"],
        ["Validation"],
        ["Lake"],
        // Ingestion writes the lake; indicators read it (and never ingest).
        ["Ingestion", "Indicators"],
        // What people and tools receive: the yearly summary, the SCDL export, the published contract
        // (Table Schema, SQL views), the regions' templates, the analysts' queries.
        ["Summary", "Export", "Publication", "Templates", "Access"],
        // The local storage adapters (they know every area's layout).
        ["Storage.Local"],
        // The services' wiring shared by the hosts.
        ["Composition"],
    ];

    private const string Root = "Fnavdl.Core";

    private static readonly Lazy<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> Core =
        new(() => SourceDependencies.Compile("functions/Fnavdl.Core", Root));

    /// <summary>The layer of a namespace below the root: the longest layer name it is or is under; null if none.</summary>
    internal static string? LayerOf(string ns) =>
        Rungs.SelectMany(r => r)
            .Where(layer => ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal))
            .MaxBy(layer => layer.Length);

    private static int RungOf(string layer) => Array.FindIndex(Rungs, r => r.Contains(layer));

    [Fact]
    public void Every_name_in_the_core_binds_so_no_use_goes_unseen()
    {
        Assert.Empty(SourceDependencies.BindingErrors(Core.Value));
    }

    [Fact]
    public void Every_namespace_of_the_core_is_in_one_layer_of_the_stack()
    {
        var unplaced = SourceDependencies.DeclaredNamespaces(Core.Value, Root).Where(ns => LayerOf(ns) is null).ToList();
        Assert.True(unplaced.Count == 0,
            $"Namespaces of {Root} in no layer of {nameof(Rungs)} (place them, or move their types): {string.Join(", ", unplaced.Select(ns => ns.Length == 0 ? Root : $"{Root}.{ns}"))}");
    }

    [Fact]
    public void A_layer_uses_only_layers_on_the_rungs_below_its_own()
    {
        var uses = SourceDependencies.CrossLayerUses(Core.Value, Root, ns => LayerOf(ns) ?? "(no layer: " + ns + ")");
        Assert.NotEmpty(uses); // the stack is read: the layers do use each other
        var backEdges = uses
            .Where(u => RungOf(u.From) < 0 || RungOf(u.To) < 0 || RungOf(u.To) >= RungOf(u.From))
            .DistinctBy(u => (u.File, u.Line, u.Symbol))
            .ToList();
        Assert.True(backEdges.Count == 0,
            $"{backEdges.Count} uses of a layer on the same rung or above (file:line, from → to, symbol):\n"
            + string.Join("\n", backEdges.Take(200)));
    }

    /// <summary>The rule can fail: a lower layer naming an upper one — by a constant, a <c>var</c>, a
    /// fully-qualified name — is reported at its file and line, and a layer beside it too.</summary>
    [Fact]
    public void A_back_edge_is_reported_at_its_file_line_and_symbol()
    {
        var compilation = SourceDependencies.Compile("Probe",
        [
            ("Ingestion/Names.cs", """
                namespace Fnavdl.Core.Ingestion;
                public static class Names { public const string Setting = "MaxUploadBytes"; public static Names.Box Make() => new(); public sealed class Box; }
                """),
            ("Indicators/Engine.cs", """
                namespace Fnavdl.Core.Indicators;
                public static class Engine { public static int Twice(int x) => 2 * x; }
                """),
            ("Reading/Limit.cs", """
                namespace Fnavdl.Core.Reading;
                public static class Limit
                {
                    public const string Quoted = Fnavdl.Core.Ingestion.Names.Setting;
                    public static object Made() { var box = Fnavdl.Core.Ingestion.Names.Make(); return box; }
                }
                """),
            ("Ingestion/Uses.cs", """
                namespace Fnavdl.Core.Ingestion;
                public static class Uses { public static int Of() => Fnavdl.Core.Indicators.Engine.Twice(1) + Fnavdl.Core.Reading.Limit.Quoted.Length; }
                """),
        ]);
        Assert.Empty(SourceDependencies.BindingErrors(compilation));
        var uses = SourceDependencies.CrossLayerUses(compilation, Root, ns => LayerOf(ns) ?? ns);
        var back = uses.Where(u => RungOf(u.To) >= RungOf(u.From)).Select(u => (u.From, u.To, Path.GetFileName(u.File), u.Line)).Distinct().ToList();
        Assert.Contains(("Reading", "Ingestion", "Limit.cs", 4), back); // a constant the compiler inlines
        Assert.Contains(("Reading", "Ingestion", "Limit.cs", 5), back); // a call and the type of its var
        Assert.Contains(("Ingestion", "Indicators", "Uses.cs", 2), back); // a layer beside it
        Assert.DoesNotContain(back, u => u.From == "Ingestion" && u.To == "Reading"); // a use downwards is no back edge
        Assert.Contains(uses, u => u.From == "Ingestion" && u.To == "Reading");
    }
}
