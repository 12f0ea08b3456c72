using System.Text.Json;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Lake;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Schema;

/// <summary>
/// A new field is one declaration (plus where its value comes from): adding it to a definition is enough
/// for header matching, the Parquet columns, the views and the published Table Schema to carry it.
/// </summary>
public sealed class DefinitionDrivesEveryStageTests : IDisposable
{
    private static readonly FieldDefinition Note = new("note_region", FieldType.Text, false, ["note de la région", "commentaire DREETS"])
    {
        Title = "Note de la région",
        Description = "Commentaire libre de la DREETS.",
        MaxLength = 1000,
    };

    private static readonly TableDefinition WithNote = ProjetsDefinition.Table with
    {
        Fields = [.. ProjetsDefinition.Table.Fields, Note],
        Columns = [.. ProjetsDefinition.Table.Columns, Declare.Stored(Note)],
    };

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Header_matching_finds_the_added_field_by_its_aliases()
    {
        string[] header = ["AAP", "N° projet", "Commentaire DREETS"];

        Assert.Equal("note_region", KindDetector.Match(WithNote, header).ColumnFields[2]?.Name);
        // The real contract does not have it: the column stays unknown there.
        Assert.Null(KindDetector.Match(ReportKind.Projets, header).ColumnFields[2]);
        Assert.Equal(["Commentaire DREETS"], KindDetector.Match(ReportKind.Projets, header).UnknownColumns);
    }

    [Fact]
    public async Task The_added_column_is_written_to_Parquet_and_read_by_the_generated_view()
    {
        var values = ProjetsTables.Values(LakeSamples.Lineage);
        values.Add("note_region", p => p.IdProjet == "A-001" ? "à revoir" : null);
        var table = values.Bind(WithNote);
        var version = LakeSamples.Lineage.IngestionId;
        var files = CuratedLayout.ProjetsFiles("93", 2021, LakeSamples.Appel1, version);
        await using (var writer = await TableFileWriter<Fnavdl.Core.Schema.Canonical.Projet>.OpenAsync(
            files[0], table, LakeSamples.FolderOutput(_temp.Root), 100, CancellationToken.None))
        {
            foreach (var row in LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "A-")) await writer.AddAsync(row, CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }
        // The unit's deposit lineage, which the view joins back.
        await DepotFile.WriteAsync(files[^1], "93", LakeSamples.Lineage, LakeSamples.FolderOutput(_temp.Root), CancellationToken.None);
        // The view reads the file the region's manifest names.
        await CurrentUnits.AdoptWrittenAsync(new Fnavdl.Core.Storage.Local.LocalFileArea(_temp.Root),
            new Fnavdl.Core.Storage.Local.LocalUnitRegistry(_temp.Root, Path.Combine(_temp.Root, ".verrous")), TempStore.T0);

        var script = $"SET VARIABLE lake = '{_temp.Glob("")}';\n" + ViewScripts.DuckDb([WithNote]);
        var rows = DuckDb.Run(script + "SELECT id_projet, note_region FROM projets ORDER BY id_projet;");
        Assert.Equal([["A-001", "à revoir"], ["A-002", null], ["A-003", null]], rows);
        using var db = new DuckDb();
        Assert.Equal("VARCHAR", db.Describe($"read_parquet('{_temp.Glob("projets/**/*.parquet")}')")["note_region"]);
    }

    [Fact]
    public void A_declared_column_without_a_value_or_a_value_without_a_column_is_refused()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => ProjetsTables.Values(LakeSamples.Lineage).Bind(WithNote));
        Assert.Contains("no value for [note_region]", missing.Message);

        var extra = ProjetsTables.Values(LakeSamples.Lineage);
        extra.Add("note_region", _ => "x");
        Assert.Contains("no column for [note_region]",
            Assert.Throws<InvalidOperationException>(() => extra.Bind(ProjetsDefinition.Table)).Message);
    }

    [Fact]
    public void A_value_of_another_type_than_declared_is_refused()
    {
        var values = ProjetsTables.Values(LakeSamples.Lineage);
        values.Add("note_region", p => p.Annee);
        Assert.Contains("declared Text (nullable)", Assert.Throws<InvalidOperationException>(() => values.Bind(WithNote)).Message);
    }

    [Fact]
    public void The_Table_Schema_publishes_the_added_field_with_its_title_limit_and_aliases()
    {
        using var schema = JsonDocument.Parse(TableSchemaJson.For(WithNote));

        var field = schema.RootElement.GetProperty("fields").EnumerateArray().Last();
        Assert.Equal("note_region", field.GetProperty("name").GetString());
        Assert.Equal("Note de la région", field.GetProperty("title").GetString());
        Assert.Equal("string", field.GetProperty("type").GetString());
        Assert.False(field.GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.Equal(1000, field.GetProperty("constraints").GetProperty("maxLength").GetInt32());
        Assert.Equal(["note de la région", "commentaire DREETS"], field.GetProperty("fnavdl:aliases").EnumerateArray().Select(a => a.GetString()));
    }
}
