using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

public sealed class JsonReportReaderTests
{
    private static readonly JsonReportReader Reader = new();

    private static List<RawTable> Read(string json) =>
        Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), new ReadBudget(ReadLimits.Default)).ToList();

    [Fact]
    public void Top_level_array_is_one_table_whose_header_is_the_union_of_keys_in_order()
    {
        var table = Assert.Single(Read("""
            [
              { "id_projet": "P1", "montant": 1200.5 },
              { "id_projet": "P2", "intitulé": "Toit", "montant": 3 },
              { "epci": null, "id_projet": "P3" }
            ]
            """));

        Assert.Null(table.SheetName);
        Assert.Null(table.Delimiter);
        Assert.Equal(["id_projet", "montant", "intitulé", "epci"], table.Header);
        var rows = table.Rows.ToList();
        Assert.Equal([1, 2, 3], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.Equal(4, r.Cells.Length));
        Assert.Equal("Toit", rows[1][2].Text);
        Assert.True(rows[0][2].IsEmpty);     // key absent from this object
        Assert.Equal("P3", rows[2][0].Text); // aligned with the header, not with the object's order
        Assert.True(rows[2][3].IsEmpty);     // null
        Assert.True(rows[2][1].IsEmpty);
    }

    [Fact]
    public void Object_with_named_arrays_gives_one_table_per_array_with_case_insensitive_keys()
    {
        var tables = Read("""
            {
              "region": "53",
              "Projets": [ { "id_projet": "P1" }, { "id_projet": "P2" } ],
              "SUIVI": [ { "id_projet": "P1", "annee": 2024 } ],
              "commentaire": [ "ignoré" ]
            }
            """);

        Assert.Equal(["Projets", "SUIVI"], tables.Select(t => t.SheetName));
        Assert.Equal(["P1", "P2"], tables[0].Rows.Select(r => r[0].Text));
        Assert.Equal(["id_projet", "annee"], tables[1].Header);
        Assert.Equal(2024, tables[1].Rows.Single()[1].Number);
    }

    [Fact]
    public void Values_keep_their_json_types()
    {
        var row = Read("""
            [ { "t": "texte", "n": 3100000.5, "b": true, "f": false, "blank": "  ",
                "l": ["Rennes Métropole", 35, 1.5, null, " "], "o": { "a": 1 } } ]
            """).Single().Rows.Single();

        Assert.Equal(RawValueKind.Text, row[0].Kind);
        Assert.Equal(RawValueKind.Number, row[1].Kind);
        Assert.Equal(3100000.5, row[1].Number);
        Assert.True(row[2].Boolean);
        Assert.Equal(RawValueKind.Boolean, row[3].Kind);
        Assert.False(row[3].Boolean);
        Assert.True(row[4].IsEmpty);
        Assert.Equal(RawValueKind.List, row[5].Kind);
        Assert.Equal(["Rennes Métropole", "35", "1.5"], row[5].Items);
        Assert.Equal(RawValueKind.Text, row[6].Kind);
        Assert.Equal("""{ "a": 1 }""", row[6].Text);
    }

    [Fact]
    public void Empty_list_is_empty()
    {
        var row = Read("""[ { "epci": [] } ]""").Single().Rows.Single();

        Assert.True(row[0].IsEmpty);
    }

    [Fact]
    public void Invalid_json_is_unreadable_with_its_line_number()
    {
        var ex = Assert.Throws<UnreadableFileException>(() => Read("[\n  { \"id\": \"P1\" },\n  { \"id\": \"P2\" \n  \"x\": 1 }\n]"));

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Contains("ligne 4", ex.Message);
    }

    [Theory]
    [InlineData("""{ "donnees": [ { "id": 1 } ] }""", "aucun tableau")]
    [InlineData("""{ "projets": { "id": 1 } }""", "« projets » n'est pas un tableau")]
    [InlineData("\"texte\"", "ni tableau ni objet")]
    [InlineData("42", "ni tableau ni objet")]
    public void Other_shapes_are_unreadable_and_say_what_was_expected(string json, string reason)
    {
        var ex = Assert.Throws<UnreadableFileException>(() => Read(json));

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Contains(reason, ex.Message);
        Assert.Contains("un tableau d'objets", ex.Message);
    }

    [Fact]
    public void An_array_item_that_is_not_an_object_is_reported_with_its_index()
    {
        var ex = Assert.Throws<UnreadableFileException>(() => Read("""{ "suivi": [ { "id": 1 }, [1, 2] ] }"""));

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Equal(2, ex.Row);
        Assert.Contains("élément n° 2 du tableau « suivi »", ex.Message);
    }

    [Fact]
    public void Windows_1252_json_is_unreadable_rather_than_misdecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("""[ { "intitulé": "Foyer" } ]""");

        var ex = Assert.Throws<UnreadableFileException>(() => Reader.Read(new MemoryStream(bytes), new ReadBudget(ReadLimits.Default)).ToList());

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Contains("UTF-8", ex.Message);
    }

    [Fact]
    public void Utf8_bom_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""[ { "id": "P1" } ]""")).ToArray();

        var table = Assert.Single(Reader.Read(new MemoryStream(bytes), new ReadBudget(ReadLimits.Default)));

        Assert.Equal("P1", table.Rows.Single()[0].Text);
    }
}
