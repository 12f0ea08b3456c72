using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Support.CliRun;

namespace Fnavdl.Cli.Tests;

/// <summary>`fnavdl schema` prints the committed contract files, byte for byte.</summary>
public sealed class SchemaCliTests
{
    [Theory]
    [InlineData("projets", "schemas/projets.json")]
    [InlineData("suivi", "schemas/suivi.json")]
    [InlineData("enveloppes", "schemas/enveloppes.json")]
    [InlineData("--sql duckdb", "queries/views.sql")]
    [InlineData("--sql synapse", "queries/synapse/views.sql")]
    public async Task Schema_prints_the_committed_file(string args, string file)
    {
        var (code, output, _) = await RunAsync(["schema", .. args.Split(' ')]);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, file)).Replace("\r\n", "\n"), output);
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("schema projets --sql duckdb")]
    [InlineData("schema projets_epci")]
    [InlineData("schema --sql postgres")]
    public async Task Schema_without_exactly_one_known_target_is_a_usage_error_said_in_French(string args)
    {
        var (code, output, error) = await RunAsync(args.Split(' '));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.NotEqual("", error);
    }
}
