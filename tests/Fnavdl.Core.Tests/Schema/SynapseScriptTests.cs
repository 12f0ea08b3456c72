using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Fnavdl.Core.Tests.Schema;

/// <summary>
/// The Synapse serverless scripts parse with Microsoft's own T-SQL parser (ScriptDom, SQL Server 2022's
/// dialect, which serverless SQL speaks), and each curated view keeps only the files the regions'
/// manifests name: read from the parse tree, not from the text.
/// </summary>
public sealed class SynapseScriptTests
{
    private static TSqlScript Parse(string file)
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, file)));
        var script = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        Assert.True(errors.Count == 0, $"{file}: " + string.Join("; ", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        return (TSqlScript)script;
    }

    [Theory]
    [InlineData("queries/synapse/views.sql")]
    [InlineData("queries/synapse/headline-indicators.sql")]
    public void The_script_parses_without_error(string file) => Assert.NotEmpty(Parse(file).Batches);

    private static Dictionary<string, CreateOrAlterViewStatement> Views() =>
        Parse("queries/synapse/views.sql").Batches.SelectMany(b => b.Statements).OfType<CreateOrAlterViewStatement>().ToDictionary(
            v => v.SchemaObjectName.BaseIdentifier.Value);

    /// <summary>Every query of a view that reads files (its own, and those of its common table expressions), with its filter.</summary>
    private static List<(BulkOpenRowset Source, BooleanExpression? Where)> Reads(CreateOrAlterViewStatement view)
    {
        var queries = new Queries();
        view.Accept(queries);
        return [.. queries.Found.Where(q => q.FromClause?.TableReferences.SingleOrDefault() is BulkOpenRowset)
            .Select(q => ((BulkOpenRowset)q.FromClause.TableReferences.Single(), q.WhereClause?.SearchCondition))];
    }

    private static string FileOf(BulkOpenRowset source) => ((StringLiteral)source.DataFiles.Single()).Value;

    [Fact]
    public void Every_curated_view_keeps_only_the_files_a_manifest_names()
    {
        var views = Views();

        foreach (var table in TableCatalog.All)
        {
            var reads = Reads(views[table.Name]);
            // Its own files, and those of the tables it joins back (depots for the lineage, projets for a bridge's key).
            var expected = new List<string> { table.Name };
            if (table.Columns.Any(c => c.Place == ColumnPlace.Projet)) expected.Add(CuratedLayout.Projets);
            if (table.Columns.Any(c => c.Place == ColumnPlace.Depot)) expected.Add(CuratedLayout.Depots);
            Assert.Equal(expected.Select(t => $"/curated/{t}/annee=*/code_region=*/*.parquet"),
                reads.Select(r => FileOf(r.Source)[FileOf(r.Source).IndexOf("/curated/", StringComparison.Ordinal)..]));
            foreach (var (_, where) in reads)
            {
                var filter = Assert.IsType<InPredicate>(where);
                Assert.False(filter.NotDefined);
                var manifests = (NamedTableReference)((QuerySpecification)filter.Subquery.QueryExpression).FromClause.TableReferences.Single();
                Assert.Equal(("dbo", "versions_courantes"), (manifests.SchemaObject.SchemaIdentifier.Value, manifests.SchemaObject.BaseIdentifier.Value));
                // The file's path under its table folder, from what the three wildcards matched.
                var calls = new FunctionCalls();
                filter.Expression.Accept(calls);
                Assert.Equal(["1", "2", "3"], calls.Found.Where(c => c.FunctionName.Value == "filepath")
                    .Select(c => ((IntegerLiteral)c.Parameters.Single()).Value));
            }
        }
    }

    [Fact]
    public void The_manifests_view_reads_every_region_s_manifest_with_its_columns_in_order()
    {
        var (source, where) = Reads(Views()["versions_courantes"]).Single();

        Assert.Null(where);
        Assert.EndsWith($"/curated/{UnitManifest.Folder}/*.csv", FileOf(source));
        Assert.Equal(UnitManifest.Columns.Select(c => c.Name), source.WithColumns.Select(c => c.ColumnIdentifier.Value));
    }

    [Fact]
    public void The_gold_views_read_their_files_without_a_manifest()
    {
        var views = Views();

        Assert.All(views.Values.SelectMany(Reads).Where(r => FileOf(r.Source).Contains("/gold/", StringComparison.Ordinal)),
            r => Assert.Null(r.Where));
        Assert.Equal(TableCatalog.All.Count + 1 + 3, views.Count); // the tables, the manifests, indicateurs and the two dimensions
    }

    [Fact]
    public void Each_curated_view_selects_the_columns_of_its_definition_in_order()
    {
        var views = Views();

        foreach (var table in TableCatalog.All)
        {
            var select = (QuerySpecification)views[table.Name].SelectStatement.QueryExpression;
            Assert.Equal(table.Columns.Select(c => c.Name), select.SelectElements.Cast<SelectScalarExpression>().Select(e =>
                e.ColumnName?.Value ?? ((ColumnReferenceExpression)e.Expression).MultiPartIdentifier.Identifiers[^1].Value));
        }
    }

    private sealed class Queries : TSqlFragmentVisitor
    {
        public List<QuerySpecification> Found { get; } = [];

        public override void Visit(QuerySpecification node) => Found.Add(node);
    }

    private sealed class FunctionCalls : TSqlFragmentVisitor
    {
        public List<FunctionCall> Found { get; } = [];

        public override void Visit(FunctionCall node) => Found.Add(node);
    }
}
