using System.Diagnostics;
using System.Text;
using Fnavdl.Cli;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Hostile;

/// <summary>Issue 9, point 3: a path cannot climb, alias or lie, on the local store.</summary>
public sealed class HostilePathTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-hostile-paths", Guid.NewGuid().ToString("N"));
    private readonly string _uploads;
    private readonly string _store;

    public HostilePathTests()
    {
        _uploads = Path.Combine(_work, "uploads");
        _store = Path.Combine(_work, "store");
        Directory.CreateDirectory(_uploads);
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException)
        {
            // A name that is not UTF-8 cannot be spelled by .NET, so neither deleted by it.
            using var rm = Process.Start("/bin/rm", ["-rf", _work]);
            rm.WaitForExit();
        }
    }

    private string Write(string uploadPath, string content)
    {
        var path = Path.Combine(_uploads, uploadPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private Task<CliRun.Result> IngestAsync() => CliRun.RunAsync("ingest", _uploads, "--store", _store);

    private static string PacaFile(string id) => Csv.Projets(Csv.Projet(id));

    private static string PaysDeLaLoireFile(string id) =>
        Csv.Projets(Csv.Projet(id, departements: "44"));

    [Theory]
    [InlineData("44/x\\..\\..\\93/projets.csv")]
    [InlineData("44/../93/projets.csv")]
    [InlineData("44/./projets.csv")]
    [InlineData("44/sous/..\\projets.csv")]
    [InlineData("44/ .. /projets.csv")]
    [InlineData("44/projets.csv\naccepté     93/faux.csv")]
    [InlineData("44/projets\u0000.csv")]
    [InlineData("44/projets\u001b[2J.csv")]
    [InlineData("44/projets\u0085.csv")]
    [InlineData("44/nom-\uFFFD.csv")]
    [InlineData("44/nom-\uD800.csv")]
    public void A_path_that_climbs_or_holds_control_characters_or_invalid_utf8_is_refused(string path)
    {
        var problem = UploadPath.Problem(path);

        Assert.NotNull(problem);
        Assert.Equal(IssueCodes.CheminInvalide, problem.Code);
        Assert.DoesNotContain('\n', problem.Text);
        Assert.DoesNotContain('\u0000', problem.Text);
        Assert.Null(UploadPath.RegionOf(path, Core.Reference.AdministrativeReference.Embedded, out var reason));
        Assert.Equal(problem, reason);
    }

    [Theory]
    [InlineData("44/2021/projets.csv")]
    [InlineData("44/dossier..suite/projets...csv")]
    [InlineData("44/Île-de-France — bilan 2021.csv")]
    [InlineData("44/.cache/projets.csv")]
    public void An_ordinary_path_is_accepted(string path) => Assert.Null(UploadPath.Problem(path));

    [Fact]
    public async Task The_service_refuses_a_climbing_path_before_reading_archiving_or_reporting_into_another_region()
    {
        using var temp = new TempStore();
        var accepted = await temp.IngestAsync("93/projets.csv", PacaFile("P1"));
        Assert.Equal(IngestionOutcome.Accepted, accepted.Outcome);
        // What a resolving store would read for the hostile path: 93's own file, replaced by 44's content.
        await temp.UploadAsync("44/x/projets.csv", PaysDeLaLoireFile("Q1"));
        var before = FolderSnapshot.Of(temp.Root);

        var record = await temp.Ingestion.IngestAsync(new UploadRef("44/x\\..\\..\\93/projets.csv", TempStore.T0.AddHours(1)));

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal("44", record.CodeRegion);
        Assert.Null(record.RawPath);
        var after = FolderSnapshot.Of(temp.Root);
        var added = after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.All(added, path => Assert.True(path.StartsWith("reports/44/chemins-refuses/", StringComparison.Ordinal)
            || path.StartsWith("log/", StringComparison.Ordinal), path));
        foreach (var (path, hash) in before.Where(f => !f.Key.StartsWith("log/", StringComparison.Ordinal)))
            Assert.Equal(hash, after[path]);
        var report = await File.ReadAllTextAsync(Path.Combine(temp.Root, "reports", record.ReportPath!));
        Assert.Contains(IssueCodes.CheminInvalide, report);
        Assert.Contains("remonter", report);
    }

    [Fact]
    public async Task A_climbing_file_name_in_a_folder_is_refused_and_region_93_upload_and_reports_are_untouched()
    {
        Write("93/projets.csv", PacaFile("P1"));
        var first = await IngestAsync();
        Assert.Equal(ExitCodes.Ok, first.Code);
        var uploads93 = FolderSnapshot.Of(Path.Combine(_store, "uploads", "93"));
        var reports93 = FolderSnapshot.Of(Path.Combine(_store, "reports", "93"));
        var curated = FolderSnapshot.Of(Path.Combine(_store, "curated"));
        // Linux allows '\' in a name: the file is literally called "x\..\..\93\projets.csv".
        Write("44/x\\..\\..\\93\\projets.csv", PaysDeLaLoireFile("Q1"));

        var second = await IngestAsync();

        Assert.Equal(ExitCodes.Rejected, second.Code);
        Assert.Contains("refusé      44/x\\..\\..\\93\\projets.csv (chemin-invalide", second.Out);
        Assert.Equal(uploads93, FolderSnapshot.Of(Path.Combine(_store, "uploads", "93")));
        Assert.Equal(reports93, FolderSnapshot.Of(Path.Combine(_store, "reports", "93")));
        Assert.Equal(curated, FolderSnapshot.Of(Path.Combine(_store, "curated")));
        Assert.False(Directory.Exists(Path.Combine(_store, "uploads", "44")));
    }

    [Fact]
    public async Task A_newline_in_a_name_cannot_forge_an_accepted_line_and_the_rest_of_the_batch_is_ingested()
    {
        Write("44/projets.csv\naccepté     93/faux.csv (projets, 1 ligne(s), 0 avertissement(s))", PaysDeLaLoireFile("Q1"));
        Write("93/projets.csv", PacaFile("P1"));

        var result = await IngestAsync();

        Assert.Equal(ExitCodes.Rejected, result.Code);
        var lines = result.Out.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("accepté     93/faux.csv", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("refusé      44/projets.csv\\naccepté", StringComparison.Ordinal) && l.Contains("chemin-invalide"));
        Assert.Contains(lines, l => l.StartsWith("accepté     93/projets.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_that_is_not_utf8_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_uploads, "44"));
        // .NET cannot spell such a name: the shell writes the byte 0xFF (Windows-1252 "ÿ") itself.
        using (var shell = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "printf 'a;b\\n' > \"$(printf 'bilan-\\377.csv')\""])
        { WorkingDirectory = Path.Combine(_uploads, "44") })!)
            await shell.WaitForExitAsync();
        Assert.Single(Directory.GetFiles(Path.Combine(_uploads, "44")));

        var result = await IngestAsync();

        Assert.Equal(ExitCodes.Rejected, result.Code);
        Assert.Contains("UTF-8", result.Out);
        Assert.Contains("chemin-invalide", result.Out);
        Assert.False(Directory.Exists(Path.Combine(_store, "uploads", "44")));
    }

    [Theory]
    [InlineData(188)]
    [InlineData(230)]
    [InlineData(255)]
    public async Task A_long_name_is_ingested_with_its_report_and_raw_copy(int nameBytes)
    {
        var stem = new string('é', (nameBytes - 4) / 2);
        var name = stem + new string('x', nameBytes - 4 - Encoding.UTF8.GetByteCount(stem)) + ".csv";
        Assert.Equal(nameBytes, Encoding.UTF8.GetByteCount(name));
        Write("93/" + name, PacaFile("P1"));
        Write("93/suivant.csv", Csv.Projets(Csv.Projet("P2", appel: "AAP 2021-01")));

        var result = await IngestAsync();

        Assert.True(result.Code == ExitCodes.Ok, result.All);
        Assert.Contains("accepté     93/" + name, result.Out);
        Assert.Contains("accepté     93/suivant.csv", result.Out);
        var reports = Directory.GetFiles(Path.Combine(_store, "reports", "93"));
        Assert.Equal(4, reports.Length);
        Assert.All(reports, r => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(r)) <= 255));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_store, "raw", "93")).Length);
        var again = await IngestAsync();
        Assert.Contains("inchangé    93/" + name, again.Out);
    }

    [Fact]
    public void Two_long_names_with_the_same_start_get_distinct_reports()
    {
        var start = "93/" + new string('a', 240);
        var sha = new string('0', 64);

        var first = ReportPaths.Json(start + "1.csv", sha);
        var second = ReportPaths.Json(start + "2.csv", sha);

        Assert.NotEqual(first, second);
        Assert.True(Encoding.UTF8.GetByteCount(first[3..]) <= ReportPaths.MaxNameBytes);
        Assert.Equal("93/" + new string('a', 10) + ".csv.000000000000.rapport.json", ReportPaths.Json("93/" + new string('a', 10) + ".csv", sha));
    }

    [Fact]
    public async Task Symbolic_links_in_a_folder_are_refused_not_followed_and_a_loop_does_not_crash()
    {
        Write("93/projets.csv", PacaFile("P1"));
        File.CreateSymbolicLink(Path.Combine(_uploads, "93", "passwd.csv"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(_uploads, "93", "boucle"), Path.Combine(_uploads, "93"));
        Directory.CreateSymbolicLink(Path.Combine(_uploads, "84"), "/etc");

        var result = await IngestAsync();

        Assert.Equal(ExitCodes.Rejected, result.Code);
        Assert.Contains("accepté     93/projets.csv", result.Out);
        Assert.Contains("refusé      93/passwd.csv (chemin-invalide : « 93/passwd.csv » est un lien symbolique", result.Out);
        Assert.Contains("refusé      93/boucle (chemin-invalide : « 93/boucle » est un lien symbolique", result.Out);
        Assert.Contains("refusé      84 (chemin-invalide : « 84 » est un lien symbolique", result.Out);
        Assert.DoesNotContain("root:", result.All);
        var stored = FolderSnapshot.Of(_store);
        Assert.DoesNotContain(stored.Keys, k => k.Contains("passwd") || k.StartsWith("uploads/84", StringComparison.Ordinal));
        Assert.All(Directory.EnumerateFiles(_store, "*", SearchOption.AllDirectories),
            f => Assert.DoesNotContain("root:x:0:0", File.ReadAllText(f)));
    }

    [Fact]
    public async Task The_local_store_never_resolves_nor_follows_a_link_inside_an_area()
    {
        var area = new LocalFileArea(Path.Combine(_work, "area"));
        Directory.CreateDirectory(area.Root);
        File.CreateSymbolicLink(Path.Combine(area.Root, "secret.csv"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(area.Root, "boucle"), area.Root);
        using (var content = new MemoryStream([1, 2, 3])) await area.WriteAsync("93/a.csv", content);

        Assert.Throws<ArgumentException>(() => area.FullPath("93/../a.csv"));
        Assert.Throws<ArgumentException>(() => area.FullPath("./93/a.csv"));
        await Assert.ThrowsAsync<ArgumentException>(() => area.OpenReadAsync("secret.csv"));
        await Assert.ThrowsAsync<ArgumentException>(() => area.OpenReadAsync("boucle/93/a.csv"));
        var listed = new List<StoredFile>();
        await foreach (var file in area.ListAsync("")) listed.Add(file);
        Assert.Equal(["93/a.csv"], listed.Select(f => f.Path));
    }
}
