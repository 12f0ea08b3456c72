using System.Text;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Support.CliRun;

namespace Fnavdl.Cli.Tests;

/// <summary>`fnavdl ingest` and the store: when a file enters it, and a store that cannot be written.</summary>
public sealed class StoreCliTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("fnavdl-store-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Upload(string folder, string csv, DateTime modified)
    {
        var path = Path.Combine(_work, folder, "93", "projets.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(path, modified);
        return Path.Combine(_work, folder);
    }

    [Fact]
    public async Task A_corrected_file_ingested_after_the_old_one_wins_even_when_the_old_file_is_dated_later()
    {
        var store = Path.Combine(_work, "store");
        var old = Upload("old", Csv.Projets(Csv.Projet("P1", montant: "1 000,00 €")), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var corrected = Upload("corrected", Csv.Projets(Csv.Projet("P1", montant: "2 000,00 €")), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var first = await RunAsync("ingest", old, "--store", store);
        var second = await RunAsync("ingest", corrected, "--store", store);
        var query = await RunAsync("query", "select sum(montant_accorde) as total from projets", "--store", store);

        Assert.True(first.Code == ExitCodes.Ok, first.Out + first.Err);
        Assert.True(second.Code == ExitCodes.Ok, second.Out + second.Err);
        Assert.Contains("accepté     93/projets.csv", second.Out);
        Assert.DoesNotContain("dépassé", second.Out);
        Assert.Matches(@"\n\s*2000(\.00)?\n", query.Out);
        var log = await new LocalPipelineStore(store).Log.ListAsync("93").ToListAsync();
        Assert.True(log[^1].UploadedAt > log[0].UploadedAt, "the deposit time is when the file entered the store");
        Assert.True(log[^1].UploadedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task The_same_file_ingested_again_keeps_its_first_deposit_time_and_is_unchanged()
    {
        var store = Path.Combine(_work, "store");
        var old = Upload("old", Csv.Projets(Csv.Projet("P1")), DateTime.UtcNow);

        await RunAsync("ingest", old, "--store", store);
        var before = File.GetLastWriteTimeUtc(Path.Combine(store, "uploads", "93", "projets.csv"));
        var again = await RunAsync("ingest", old, "--store", store);

        Assert.Contains("inchangé    93/projets.csv", again.Out);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(store, "uploads", "93", "projets.csv")));
    }

    [Fact]
    public async Task A_store_option_naming_a_file_is_a_usage_error_in_french_and_the_file_is_left_alone()
    {
        var file = Path.Combine(_work, "not-a-folder.txt");
        File.WriteAllText(file, "keep me");
        var uploads = Upload("old", Csv.Projets(Csv.Projet("P1")), DateTime.UtcNow);

        var (code, output, error) = await RunAsync("ingest", uploads, "--store", file);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("est un fichier, pas un dossier", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_store_that_cannot_be_written_fails_in_french_with_nothing_curated_and_the_failure_logged()
    {
        var store = Path.Combine(_work, "store");
        Directory.CreateDirectory(store);
        File.WriteAllText(Path.Combine(store, "curated"), "a file where the curated folder should be");
        var uploads = Upload("old", Csv.Projets(Csv.Projet("P1")), DateTime.UtcNow);

        var (code, output, error) = await RunAsync("ingest", uploads, "--store", store);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Écriture impossible dans le stockage", error);
        Assert.Contains("échec       93/projets.csv", output);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("accepté", output);
        var log = await new LocalPipelineStore(store).Log.ListAsync("93").ToListAsync();
        Assert.Equal(IngestionOutcome.Failed, Assert.Single(log).Outcome);
        Assert.Empty(await new LocalPipelineStore(store).Units.ListRegionsAsync().ToListAsync());
    }
}
