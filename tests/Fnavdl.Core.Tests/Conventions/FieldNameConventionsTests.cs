using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fnavdl.Core.Tests.Conventions;

/// <summary>
/// A field is declared once: production code names a curated column or a file field through the table
/// definitions' members (<c>ProjetsDefinition.MontantAccorde.Name</c>), never by writing its name again as a
/// string literal — a literal survives a rename and reads the wrong column silently; a member does not compile.
/// </summary>
public sealed class FieldNameConventionsTests
{
    private static readonly string Definitions = Path.Combine("functions", "Fnavdl.Core", "Schema", "Definition") + Path.DirectorySeparatorChar;

    /// <summary>
    /// Files whose literals spell a declared name but mean something the table definitions do not declare.
    /// Each says what; adding one is a decision to review.
    /// </summary>
    private static readonly Dictionary<string, string> OtherContracts = new(StringComparer.Ordinal)
    {
        // The gold indicator table and its exports: their own columns (indicators.md), not a curated table's.
        ["functions/Fnavdl.Core/Indicators/IndicatorFile.cs"] = "gold indicateurs columns",
        ["functions/Fnavdl.Core/Indicators/IndicatorExport.cs"] = "gold indicateurs columns (CSV, JSON)",
        ["functions/Fnavdl.Core/Indicators/IndicatorSheet.cs"] = "gold indicateurs columns (XLSX)",
        ["functions/Fnavdl.Core/Indicators/GoldDimensions.cs"] = "gold dimension tables' columns",
        ["functions/Fnavdl.Azure/TableIndicatorIndex.cs"] = "gold indicateurs as Table Storage properties",
        // Codes that happen to be spelled like a column: an indicator, a dimension, a gold table.
        ["functions/Fnavdl.Core/Indicators/Indicateurs.cs"] = "indicator codes",
        ["functions/Fnavdl.Core/Indicators/IndicatorRow.cs"] = "dimension codes",
        ["functions/Fnavdl.Core/Indicators/GoldLayout.cs"] = "gold table names",
        // The summary's own tables, the ingestion history's JSON and the analysts' query parameters.
        ["functions/Fnavdl.Core/Summary/SummaryParquet.cs"] = "summary tables' columns",
        ["functions/Fnavdl.Core/Access/IngestionHistoryService.cs"] = "ingestion history JSON properties",
        ["functions/Fnavdl.FrontDoor/Analysts/AnalystHandlers.cs"] = "HTTP query parameters and JSON properties",
        ["functions/Fnavdl.Cli/StoreOptions.cs"] = "a CLI option's placeholder in --help",
    };

    private static HashSet<string> DeclaredNames() =>
    [
        .. TableCatalog.All.SelectMany(t => t.Fields.Select(f => f.Name).Concat(t.Columns.Select(c => c.Name))),
    ];

    private static IEnumerable<string> ProductionFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "functions"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.StartsWith(Definitions, StringComparison.Ordinal));

    /// <summary>Each string literal of <paramref name="source"/> that spells one of <paramref name="names"/>, with its line.</summary>
    internal static IEnumerable<(int Line, string Name)> NameLiterals(string source, IReadOnlySet<string> names) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && names.Contains(l.Token.ValueText))
            .Select(l => (l.GetLocation().GetLineSpan().StartLinePosition.Line + 1, l.Token.ValueText));

    [Fact]
    public void No_production_file_spells_a_declared_field_or_column_name_as_a_string_literal()
    {
        var names = DeclaredNames();

        var found = ProductionFiles()
            .Where(f => !OtherContracts.ContainsKey(f.Replace(Path.DirectorySeparatorChar, '/')))
            .SelectMany(f => NameLiterals(File.ReadAllText(Path.Combine(RepoPaths.Root, f)), names).Select(l => $"{f}:{l.Line} \"{l.Name}\""))
            .ToList();

        Assert.True(found.Count == 0, "Name these through the table definitions' members:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Every_exempted_file_exists_and_still_holds_such_a_literal()
    {
        var names = DeclaredNames();

        Assert.All(OtherContracts.Keys, f =>
        {
            var path = Path.Combine(RepoPaths.Root, f);
            Assert.True(File.Exists(path), $"{f} is exempted but does not exist.");
            Assert.NotEmpty(NameLiterals(File.ReadAllText(path), names));
        });
    }

    [Fact]
    public void The_rule_sees_a_name_in_any_literal_but_not_in_comments_or_members()
    {
        HashSet<string> names = ["montant_accorde"];

        var found = NameLiterals("""
            // "montant_accorde" in a comment
            class A
            {
                string X = "montant_accorde";
                string Y = ProjetsDefinition.MontantAccorde.Name;
                string Z = @"montant_accorde";
                string W = "montant_accorde_k";
            }
            """, names).ToList();

        Assert.Equal([(4, "montant_accorde"), (6, "montant_accorde")], found);
    }
}
