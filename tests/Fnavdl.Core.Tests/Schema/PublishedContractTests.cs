using System.Text.Json;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Schema;

/// <summary>
/// The committed contract files (schemas/*.json, queries/views.sql, queries/synapse/views.sql) are exactly
/// what the definitions generate. To regenerate them after changing a definition:
/// <c>FNAVDL_REGENERATE=1 dotnet test tests/Fnavdl.Core.Tests --filter PublishedContractTests</c>.
/// </summary>
public sealed class PublishedContractTests
{
    private const string RegenerateVariable = "FNAVDL_REGENERATE";

    public static TheoryData<string> Files() =>
        ["schemas/projets.json", "schemas/suivi.json", "schemas/enveloppes.json", "queries/views.sql", "queries/synapse/views.sql"];

    private static string Generate(string file) => file switch
    {
        "queries/views.sql" => ViewScripts.DuckDb(TableCatalog.All),
        "queries/synapse/views.sql" => ViewScripts.Synapse(TableCatalog.All),
        _ => TableSchemaJson.For(TableCatalog.Find(Path.GetFileNameWithoutExtension(file))!),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_file_is_what_the_definitions_generate(string file)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        var generated = Generate(file);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllText(path, generated);

        Assert.True(File.Exists(path), $"{file} is missing: run the tests with {RegenerateVariable}=1 to write it.");
        Assert.True(generated == File.ReadAllText(path).Replace("\r\n", "\n"),
            $"{file} differs from the table definitions: run the tests with {RegenerateVariable}=1 to regenerate it, and commit it.");
    }

    [Fact]
    public void The_projets_schema_states_the_contract_s_types_vocabularies_ranges_and_key()
    {
        using var schema = JsonDocument.Parse(TableSchemaJson.For(ProjetsDefinition.Table));
        var root = schema.RootElement;
        var fields = root.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.Equal(ProjetsDefinition.Table.Fields.Select(f => f.Name), fields.Keys);
        Assert.Equal(["appel_a_projets", "id_projet"], root.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal([""], root.GetProperty("missingValues").EnumerateArray().Select(k => k.GetString()));

        Assert.Equal(["association", "bailleur_social", "collectivite", "autre"],
            fields["type_porteur"].GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(fields["montant_accorde"].GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.Equal("number", fields["montant_accorde"].GetProperty("type").GetString());
        Assert.Equal(",", fields["montant_accorde"].GetProperty("decimalChar").GetString());
        Assert.Equal(0, fields["montant_accorde"].GetProperty("constraints").GetProperty("minimum").GetInt32());
        Assert.Equal(1, fields["duree_mois"].GetProperty("constraints").GetProperty("minimum").GetInt32());
        Assert.Equal(60, fields["duree_mois"].GetProperty("constraints").GetProperty("maximum").GetInt32());
        Assert.Equal("%d/%m/%Y", fields["date_decision"].GetProperty("format").GetString());
        Assert.Contains("Oui", fields["co_portage"].GetProperty("trueValues").EnumerateArray().Select(v => v.GetString()));
        // annee is optional in the file (the decision date can give it); the title and aliases are French.
        Assert.False(fields["annee"].GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.Equal("Année de programmation", fields["annee"].GetProperty("title").GetString());
        Assert.Contains("montant accordé (€)", fields["montant_accorde"].GetProperty("fnavdl:aliases").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("sante_mentale", fields["thematiques"].GetProperty("fnavdl:vocabulary").EnumerateArray().Select(v => v.GetString()));
        Assert.All(fields.Values, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
    }

    [Theory]
    [InlineData("13 | 83", true)]
    [InlineData("2A|2B", true)]
    [InlineData("971", true)]
    [InlineData("13, 83", false)]
    public void The_departements_pattern_accepts_the_canonical_list_form(string value, bool matches)
    {
        using var schema = JsonDocument.Parse(TableSchemaJson.For(ProjetsDefinition.Table));
        var pattern = schema.RootElement.GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "departements").GetProperty("constraints").GetProperty("pattern").GetString()!;
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(value, pattern));
    }
}
