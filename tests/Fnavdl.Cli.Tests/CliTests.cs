using System.Text;
using System.Text.RegularExpressions;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Support.CliRun;

namespace Fnavdl.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Write(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Validate_a_valid_file_exits_0_and_writes_no_store()
    {
        var file = Write("projets.csv", Csv.Projets(Csv.Projet("P1")));
        var defaultStore = Path.Combine(Environment.CurrentDirectory, "fnavdl-store");
        var storeExisted = Directory.Exists(defaultStore);

        var (code, output, _) = await RunAsync("validate", file, "--region", "93");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("VALIDE : 0 erreur", output);
        Assert.Equal([file], Directory.GetFiles(_work, "*", SearchOption.AllDirectories));
        Assert.Equal(storeExisted, Directory.Exists(defaultStore));
    }

    [Fact]
    public async Task Validate_an_invalid_file_exits_1_and_lists_every_error_with_row_and_field()
    {
        var file = Write("projets.csv", Csv.Projets(Csv.Projet("P1", montant: "abc"), Csv.Projet("P2", departements: "99")));
        var report = Path.Combine(_work, "rapport.html");

        var (code, output, _) = await RunAsync("validate", file, "--region", "93", "--report", report);

        Assert.Equal(ExitCodes.Rejected, code);
        Assert.Contains("INVALIDE : 2 erreur(s)", output);
        Assert.Contains("ligne 2 [montant_accorde] « abc »", output);
        Assert.Contains("ligne 3 [departements] « 99 »", output);
        Assert.Contains("<!DOCTYPE html>", await File.ReadAllTextAsync(report));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "missing.csv", "--region", "93")]
    [InlineData("validate", "x.csv")]
    [InlineData("ingest", "missing-folder")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task A_single_file_needs_a_region()
    {
        var file = Write("projets.csv", Csv.Projets(Csv.Projet("P1")));

        var (code, _, error) = await RunAsync("ingest", file, "--store", Path.Combine(_work, "store"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--region", error);
    }

    [Fact]
    public async Task Ingest_prints_one_line_per_file_then_unchanged_on_a_second_run()
    {
        Write("uploads/93/projets.csv", Csv.Projets(Csv.Projet("P1")));
        Write("uploads/84/projets.csv", Csv.Projets(Csv.Projet("P2")));
        var store = Path.Combine(_work, "store");

        var first = await RunAsync("ingest", Path.Combine(_work, "uploads"), "--store", store);
        var second = await RunAsync("ingest", Path.Combine(_work, "uploads"), "--store", store);

        Assert.Equal(ExitCodes.Rejected, first.Code); // 84's row names department 13: not in its region
        Assert.Contains("accepté     93/projets.csv", first.Out);
        Assert.Contains("refusé      84/projets.csv (1 erreur(s)", first.Out);
        Assert.Contains("rapport : ", first.Out);
        Assert.Contains("inchangé    93/projets.csv", second.Out);
        Assert.True(File.Exists(Path.Combine(store, "log", "ingestions.jsonl")));
    }

    [Fact]
    public async Task Demo_ingests_every_bundled_sample_and_the_commands_it_suggests_work_on_its_store()
    {
        var store = Path.Combine(_work, "demo");

        await RunAsync("demo", "--store", store);
        // A second demo empties the folder the first one made (and only that).
        var (code, output, error) = await RunAsync("demo", "--store", store);

        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.Contains("93/2021/", output);
        Assert.DoesNotContain("refusé  ", output);
        Assert.Contains(" 0 refusé(s)", output);
        Assert.True(Directory.EnumerateFiles(Path.Combine(store, "curated"), "*.parquet", SearchOption.AllDirectories).Count() >= 10);
        var next = output[output.IndexOf("Pour continuer", StringComparison.Ordinal)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Trim()).ToList();
        Assert.Contains(next, n => n.StartsWith("fnavdl indicators ", StringComparison.Ordinal));
        Assert.Contains(next, n => n.StartsWith("fnavdl query ", StringComparison.Ordinal));
        Assert.Contains(next, n => n.StartsWith("fnavdl summary ", StringComparison.Ordinal));
        foreach (var line in next)
        {
            Assert.Contains($"--store {store}", line);
            var (nextCode, nextOut, nextErr) = await RunAsync(ShellWords(line));
            Assert.True(nextCode == ExitCodes.Ok, $"{line}\n{nextOut}{nextErr}");
            Assert.NotEmpty(nextOut.Trim());
        }
    }

    /// <summary>The words a shell passes for a suggested command line: "…" groups, `> file` dropped, "fnavdl" left out.</summary>
    private static string[] ShellWords(string line) =>
    [
        .. Regex.Matches(line.Split(" > ")[0], "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Skip(1),
    ];

    [Fact]
    public async Task Demo_leaves_alone_a_folder_it_did_not_create_even_one_that_looks_like_a_store()
    {
        var folder = Path.Combine(_work, "mon-stockage");
        Write("mon-stockage/uploads/93/bilan.csv", "précieux");
        Write("mon-stockage/log/ingestions.jsonl", "{}");

        var (code, _, error) = await RunAsync("demo", "--store", folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("n'a pas été créé par fnavdl demo", error);
        Assert.Equal(["log/ingestions.jsonl", "uploads/93/bilan.csv"],
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order());
    }

    public static TheoryData<string[]> ReadCommands => new()
    {
        new[] { "indicators" },
        new[] { "indicators", "--format", "csv" },
        new[] { "query", "select 1" },
        new[] { "summary", "--year", "2021" },
        new[] { "export", "scdl", "--year", "2021", "--out", "subventions-2021.csv" },
    };

    [Theory]
    [MemberData(nameof(ReadCommands))]
    public async Task A_read_command_on_a_folder_that_is_not_a_store_exits_2_and_creates_nothing(string[] command)
    {
        var typo = Path.Combine(_work, "fnavdl-demoo");
        var empty = Directory.CreateDirectory(Path.Combine(_work, "vide")).FullName;

        var missing = await RunAsync([.. command, "--store", typo]);
        var notAStore = await RunAsync([.. command, "--store", empty]);

        Assert.Equal(ExitCodes.Usage, missing.Code);
        Assert.Contains($"Stockage introuvable : le dossier {typo} n'existe pas.", missing.Err);
        Assert.Empty(missing.Out);
        Assert.False(Directory.Exists(typo));
        Assert.Equal(ExitCodes.Usage, notAStore.Code);
        Assert.Contains($"Le dossier {empty} n'est pas un stockage fnavdl", notAStore.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    [Theory]
    [InlineData("Valeur invalide pour --year : « abc »", "indicators", "--year", "abc")]
    [InlineData("Valeur manquante pour l'option --year.", "indicators", "--year")]
    [InlineData("Valeur non reconnue : « ods » (valeurs admises : table, json, csv, xlsx).", "indicators", "--format", "ods")]
    [InlineData("L'option --region est obligatoire.", "validate", "x.csv")]
    [InlineData("L'option --year est obligatoire.", "summary")]
    [InlineData("Argument manquant pour la commande « ingest »", "ingest")]
    [InlineData("Commande ou argument inconnu : « frobnicate ».", "frobnicate")]
    [InlineData("Commande manquante", new string[0])]
    public async Task Command_line_mistakes_are_explained_in_French(string message, params string[] args)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Contains("Aide : fnavdl", error);
        Assert.DoesNotMatch(EnglishWords, error);
    }

    private static readonly Regex EnglishWords = new(@"Cannot|Required|required|Unrecognized|not recognized|expected type|System\.|REQUIRED|default:|Usage:|Show help|Options:|Commands:");

    [Fact]
    public async Task An_unexpected_failure_is_one_French_line_and_exit_code_3_not_a_stack_trace()
    {
        var (code, output, error) = await RunAsync("pull", "--connection", "ceci n'est pas une chaîne de connexion", "--to", Path.Combine(_work, "copie"));

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(output);
        Assert.StartsWith("Échec inattendu de fnavdl pull : ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("ingest")]
    [InlineData("demo")]
    [InlineData("indicators")]
    [InlineData("summary")]
    [InlineData("query")]
    [InlineData("pull")]
    [InlineData("schema")]
    public async Task Help_is_in_French_and_fits_an_80_column_terminal(params string[] command)
    {
        var (code, output, error) = await RunAsync([.. command, "--help"]);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("Utilisation :", output);
        Assert.Contains("Options :", output);
        Assert.Contains("Affiche cette aide.", output);
        Assert.DoesNotMatch(EnglishWords, output);
        Assert.All(output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    [Fact]
    public async Task Validate_help_marks_the_region_as_required_in_French()
    {
        var (_, output, _) = await RunAsync("validate", "--help");

        Assert.Matches(@"--region <région>\s+Région du fichier[^\n]*\n?[^\n]*\(obligatoire\)", output);
    }

    [Theory]
    [InlineData("PACA")]
    [InlineData("Provence-Alpes-Côte d'Azur")]
    [InlineData("provence alpes cote d'azur")]
    [InlineData("93")]
    public async Task A_region_may_be_given_as_files_name_it(string region)
    {
        var file = Write("projets.csv", Csv.Projets(Csv.Projet("P1")));

        var (code, output, error) = await RunAsync("validate", file, "--region", region);

        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.Contains("— région 93 —", output);
    }

    [Fact]
    public async Task A_single_file_may_be_ingested_with_a_region_abbreviation()
    {
        var file = Write("projets.csv", Csv.Projets(Csv.Projet("P1")));
        var store = Path.Combine(_work, "store");

        var (code, output, error) = await RunAsync("ingest", file, "--region", "PACA", "--store", store);

        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.Contains("accepté     93/projets.csv", output);
    }

    [Fact]
    public async Task Demo_refuses_to_wipe_a_folder_it_did_not_create()
    {
        var folder = Path.Combine(_work, "precious");
        Write("precious/thesis.docx", "do not delete");

        var (code, _, error) = await RunAsync("demo", "--store", folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("thesis.docx", error);
        Assert.True(File.Exists(Path.Combine(folder, "thesis.docx")));
    }
}
