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

    private static Dictionary<string, (BulkOpenRowset Source, BooleanExpression? Where)> Views() =>
        Parse("queries/synapse/views.sql").Batches.SelectMany(b => b.Statements).OfType<CreateOrAlterViewStatement>().ToDictionary(
            v => v.SchemaObjectName.BaseIdentifier.Value, v => SourceOf((QuerySpecification)v.SelectStatement.QueryExpression));

    private static (BulkOpenRowset Source, BooleanExpression? Where) SourceOf(QuerySpecification query) =>
        ((BulkOpenRowset)query.FromClause.TableReferences.Single(), query.WhereClause?.SearchCondition);

    [Fact]
    public void Every_curated_view_keeps_only_the_files_a_manifest_names()
    {
        var views = Views();

        foreach (var table in TableCatalog.All)
        {
            var (source, where) = views[table.Name];
            Assert.EndsWith($"/curated/{table.Name}/annee=*/code_region=*/*.parquet", ((StringLiteral)source.DataFiles.Single()).Value);
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

    [Fact]
    public void The_manifests_view_reads_every_region_s_manifest_with_its_columns_in_order()
    {
        var (source, where) = Views()["versions_courantes"];

        Assert.Null(where);
        Assert.EndsWith($"/curated/{UnitManifest.Folder}/*.csv", ((StringLiteral)source.DataFiles.Single()).Value);
        Assert.Equal(UnitManifest.Columns.Select(c => c.Name), source.WithColumns.Select(c => c.ColumnIdentifier.Value));
    }

    [Fact]
    public void The_gold_views_read_their_files_without_a_manifest()
    {
        var views = Views();

        Assert.All(views.Where(v => ((StringLiteral)v.Value.Source.DataFiles.Single()).Value.Contains("/gold/", StringComparison.Ordinal)),
            v => Assert.Null(v.Value.Where));
        Assert.Equal(TableCatalog.All.Count + 1 + 3, views.Count); // the tables, the manifests, indicateurs and the two dimensions
    }

    private sealed class FunctionCalls : TSqlFragmentVisitor
    {
        public List<FunctionCall> Found { get; } = [];

        public override void Visit(FunctionCall node) => Found.Add(node);
    }
}
