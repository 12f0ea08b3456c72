using System.Text;
using Fnavdl.Cli;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

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
    public async Task Demo_ingests_every_bundled_sample()
    {
        var store = Path.Combine(_work, "demo");

        var (code, output, error) = await RunAsync("demo", "--store", store);

        Assert.True(code == ExitCodes.Ok, output + error);
        Assert.Contains("93/2021/", output);
        Assert.DoesNotContain("refusé  ", output);
        Assert.Contains(" 0 refusé(s)", output);
        Assert.True(Directory.EnumerateFiles(Path.Combine(store, "curated"), "*.parquet", SearchOption.AllDirectories).Count() >= 10);
    }

    [Fact]
    public async Task Demo_refuses_to_wipe_a_folder_that_is_not_a_store()
    {
        var folder = Path.Combine(_work, "precious");
        Write("precious/thesis.docx", "do not delete");

        var (code, _, error) = await RunAsync("demo", "--store", folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("thesis.docx", error);
        Assert.True(File.Exists(Path.Combine(folder, "thesis.docx")));
    }
}
