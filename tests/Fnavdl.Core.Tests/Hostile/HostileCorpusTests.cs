using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fnavdl.Cli;
using Fnavdl.Core.Tests.Support;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.Hostile;

/// <summary>
/// Issue 9: every file of the hostile corpus, through the real CLI entry point (`validate`, then
/// `ingest` into a fresh local store), gets the answer written next to it — the same from both
/// commands —, in French, with its row and field, without a stack trace, with nothing curated
/// when it is rejected, no temporary file left behind and bounded memory.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed partial class HostileCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-hostile-corpus", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Names => [.. HostileCorpus.All.Select(f => f.Name)];

    public void Dispose()
    {
        // Names that are not UTF-8 cannot be deleted by .NET.
        using var rm = Process.Start("/bin/rm", ["-rf", _work]);
        rm.WaitForExit();
    }

    [Fact]
    public void The_corpus_has_at_least_60_files_in_every_category()
    {
        Assert.True(HostileCorpus.All.Count >= 60, $"{HostileCorpus.All.Count} fichiers");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(f => f.Name).Distinct().Count());
        Assert.Equal(["chemins", "classeurs", "encodages", "json", "structure", "tailles", "valeurs"],
            HostileCorpus.All.Select(f => f.Category).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_file_gets_the_same_french_answer_from_validate_and_ingest(string name)
    {
        var file = HostileCorpus.Named(name);
        var uploads = Path.Combine(_work, "uploads");
        var store = Path.Combine(_work, "store");
        var reportFile = Path.Combine(_work, "rapport.json");
        var onDisk = file.Create?.Invoke(uploads) ?? Write(uploads, file.UploadPath, file.Bytes());
        // A temporary folder of its own (other processes share /tmp): whatever the pipeline leaves there is this file's.
        var temp = Directory.CreateDirectory(Path.Combine(_work, "tmp")).FullName;
        var variables = file.Environment.Select(v => new EnvironmentVariable(v.Key, v.Value))
            .Append(new EnvironmentVariable("TMPDIR", temp)).ToList();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        CliRun.Result validate, ingest;
        try
        {
            validate = await CliRun.RunAsync("validate", onDisk, "--region", file.Region, "--report", reportFile);
            ingest = await CliRun.RunAsync("ingest", uploads, "--store", store);
        }
        finally
        {
            variables.ForEach(v => v.Dispose());
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var size = new FileInfo(onDisk).Exists ? new FileInfo(onDisk).Length : 0;
        output.WriteLine($"{name}: {size} octets, {allocated / (1024 * 1024)} Mo alloués\n--- validate\n{Clip(validate.All)}\n--- ingest\n{Clip(ingest.All)}");

        var expected = file.Expected;
        var exit = expected.Accepted ? ExitCodes.Ok : ExitCodes.Rejected;
        Assert.Equal(exit, ingest.Code);
        Assert.DoesNotContain("   at ", ingest.All);
        Assert.DoesNotContain("Exception", ingest.All);
        if (file.Unnameable)
        {
            Assert.Equal(ExitCodes.Usage, validate.Code);
            Assert.Contains("Fichier introuvable", validate.Err);
            Assert.Contains(expected.Code!, ingest.Out);
            Assert.Empty(Directory.GetFileSystemEntries(temp));
            return;
        }
        Assert.Equal(exit, validate.Code);
        foreach (var text in new[] { validate.All, ingest.All })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Exception", text);
        }

        var report = JsonDocument.Parse(await File.ReadAllBytesAsync(reportFile)).RootElement;
        var issues = report.GetProperty("errors").EnumerateArray().Concat(report.GetProperty("warnings").EnumerateArray()).ToList();
        Assert.All(issues, issue => AssertFrench(issue.GetProperty("message").GetString()!));
        Assert.Equal(expected.Accepted, report.GetProperty("valid").GetBoolean());
        if (expected.Code is { } code)
        {
            var found = report.GetProperty(expected.Accepted ? "warnings" : "errors").EnumerateArray()
                .Where(i => i.GetProperty("code").GetString() == code).ToList();
            Assert.True(found.Count > 0, $"{code} attendu ; trouvé : {string.Join(", ", issues.Select(i => i.GetProperty("code").GetString()))}");
            Assert.Contains(found, i => RowOf(i) == expected.Row && FieldOf(i) == expected.Field);
            Assert.True(ingest.Out.Contains(code) || StoredReportsHold(store, code), $"ingest ne signale pas {code}");
        }
        else
        {
            Assert.Empty(issues);
        }

        var curated = Path.Combine(store, "curated");
        if (expected.Accepted)
            Assert.NotEmpty(Directory.EnumerateFiles(curated, "*.parquet", SearchOption.AllDirectories));
        else
            Assert.False(Directory.Exists(curated) && Directory.EnumerateFiles(curated, "*", SearchOption.AllDirectories).Any());
        var leftInTemp = Directory.EnumerateFileSystemEntries(temp, "*", SearchOption.AllDirectories)
            .Where(e => !Directory.Exists(e) || Directory.EnumerateFileSystemEntries(e).Any()).ToList();
        Assert.Empty(leftInTemp);
        Assert.True(allocated < MemoryBound(size), $"{allocated} octets alloués pour un fichier de {size} octets");
    }

    /// <summary>Both commands together: a working set for small files, and a few times the file for large ones.</summary>
    private static long MemoryBound(long fileSize) => 256L * 1024 * 1024 + 8 * fileSize;

    private static string Write(string uploads, string uploadPath, byte[] content)
    {
        var path = Path.Combine(uploads, uploadPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static int? RowOf(JsonElement issue) => issue.GetProperty("row").ValueKind == JsonValueKind.Number ? issue.GetProperty("row").GetInt32() : null;

    private static string? FieldOf(JsonElement issue) => issue.GetProperty("field").GetString();

    private static bool StoredReportsHold(string store, string code)
    {
        var reports = Path.Combine(store, "reports");
        return Directory.Exists(reports) && Directory.EnumerateFiles(reports, "*.rapport.json", SearchOption.AllDirectories)
            .Any(r => File.ReadAllText(r).Contains($"\"{code}\"", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(the|is|was|not|cannot|could|invalid|unexpected|exception|error|failed|stream|expected|found|object|reader|value)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    private static void AssertFrench(string message)
    {
        Assert.False(EnglishWord().IsMatch(message), $"texte anglais dans « {message} »");
        Assert.Matches(@"[éèàêçù]|\b(le|la|les|un|une|du|de|est)\b", message);
    }

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
