using System.Globalization;
using System.Text;
using Fnavdl.Core.Tests.Support;
using static Fnavdl.Core.Tests.Support.CliRun;

namespace Fnavdl.Cli.Tests;

/// <summary>
/// What the CLI prints never holds a character a terminal obeys: a cell or a file name with an escape
/// sequence (ESC[2J clears the screen), a carriage return (overwrites the line with a fake verdict), a
/// bidi override (shows a name reversed) reaches the terminal as its code (<c>\u001b</c>, <c>\r</c>), through every command.
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private const string ClearScreen = "\u001b[2J";
    private const string FakeVerdict = "\rVALIDE : 0 erreur, 0 avertissement(s)";
    private const string RightToLeftOverride = "\u202e";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-terminal-tests", Guid.NewGuid().ToString("N"));

    public TerminalOutputTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A file whose header and cells hold what a terminal would obey, each where a message quotes it.</summary>
    private static string HostileProjets() =>
        Csv.ProjetsHeader + ";" + ClearScreen + "\n"
        + Csv.Projet("P1", montant: ClearScreen) + ";x\n"
        + Csv.Projet("P2", montant: "\"10" + FakeVerdict + "\"") + ";y\n"
        + Csv.Projet("P3", montant: RightToLeftOverride + "0001", duree: "12" + ClearScreen + "\u009b2J\u007f") + ";z\n";

    [Fact]
    public async Task Validate_prints_every_value_and_message_quoting_it_escaped_and_one_verdict()
    {
        var file = Write("projets.csv", HostileProjets());

        var (code, output, error) = await RunAsync("validate", file, "--region", "93");

        Assert.Equal(ExitCodes.Rejected, code);
        AssertNothingATerminalObeys(output + error);
        // The quoted values and the messages quoting them: the same characters, made visible.
        Assert.Contains(@"« \u001b[2J » (colonne « Montant accordé (€) ») n'est pas un montant", output, StringComparison.Ordinal);
        Assert.Contains(@"« 10\rVALIDE : 0 erreur, 0 avertissement(s) » (colonne « Montant accordé (€) ») n'est pas un montant", output, StringComparison.Ordinal);
        Assert.Contains(@"« \u202e0001 »", output, StringComparison.Ordinal);
        Assert.Contains(@"12\u001b[2J\u009b2J\u007f", output, StringComparison.Ordinal);
        Assert.Contains(@"avertissement fichier « \u001b[2J » : ", output, StringComparison.Ordinal);
        // One verdict, the true one; no line of the output starts as another.
        Assert.Single(Lines(output), line => line.Contains("VALIDE :", StringComparison.Ordinal) && !line.StartsWith("  ", StringComparison.Ordinal));
        Assert.StartsWith("INVALIDE : ", Lines(output)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_lines_print_file_names_and_report_paths_escaped()
    {
        var name = "bilan-" + RightToLeftOverride + "vsc.exe.csv";
        Write(Path.Combine("uploads", "93", "2021", name), HostileProjets());
        Write(Path.Combine("uploads", "93", "2021", "projets" + RightToLeftOverride + ".csv"), Csv.Projets(Csv.Projet("P1")));

        var (code, output, error) = await RunAsync("ingest", Path.Combine(_work, "uploads"), "--store", Path.Combine(_work, "store"));

        Assert.Equal(ExitCodes.Rejected, code);
        AssertNothingATerminalObeys(output + error);
        Assert.Contains(@"refusé      93/2021/bilan-\u202evsc.exe.csv (4 erreur(s)", output, StringComparison.Ordinal);
        Assert.Contains(@"accepté     93/2021/projets\u202e.csv (projets", output, StringComparison.Ordinal);
        // The report's path is its own line, escaped as well.
        Assert.Contains(Lines(output), line => line.StartsWith("            rapport : ", StringComparison.Ordinal) && line.Contains(@"bilan-\u202evsc.exe.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_region_or_a_path_given_on_the_command_line_is_printed_escaped()
    {
        var region = await RunAsync("validate", Write("projets.csv", Csv.Projets(Csv.Projet("P1"))), "--region", "93" + ClearScreen);
        var missing = await RunAsync("validate", Path.Combine(_work, "absent" + FakeVerdict + ".csv"), "--region", "93");

        Assert.Equal(ExitCodes.Usage, region.Code);
        Assert.Equal(ExitCodes.Usage, missing.Code);
        AssertNothingATerminalObeys(region.All + missing.All);
        Assert.Contains(@"« 93\u001b[2J »", region.Err, StringComparison.Ordinal);
        Assert.Contains(@"absent\rVALIDE : 0 erreur", missing.Err, StringComparison.Ordinal);
    }

    /// <summary>
    /// No C0 control but the line feed, no DEL, no C1, no format character (bidi, zero-width; the soft
    /// hyphen aside), no line or paragraph separator.
    /// </summary>
    private static void AssertNothingATerminalObeys(string printed)
    {
        for (var i = 0; i < printed.Length; i++)
        {
            var ch = printed[i];
            var category = char.GetUnicodeCategory(ch);
            var obeyed = ch != '\n' && (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                                        || (category == UnicodeCategory.Format && ch != '\u00ad'));
            Assert.False(obeyed, $"U+{(int)ch:X4} printed raw at {i}: …{printed[Math.Max(0, i - 60)..Math.Min(printed.Length, i + 20)]}…");
        }
    }

    private static string[] Lines(string output) => output.Split('\n');

    private string Write(string name, string content)
    {
        var path = Path.Combine(_work, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
