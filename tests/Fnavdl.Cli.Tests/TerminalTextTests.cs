using System.Text.RegularExpressions;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Cli.Tests;

/// <summary>The one rule of what reaches a terminal (<see cref="TerminalText"/>, <see cref="TerminalWriter"/>).</summary>
public sealed class TerminalTextTests
{
    [Theory]
    // French as regions and the CLI write it: accents, €, « », the no-break and narrow no-break spaces of
    // French numbers, a typographic apostrophe, an ellipsis, a soft hyphen from a word processor, an emoji.
    [InlineData("Montant accordé : 3\u00a0100\u00a0000,50\u00a0€ — « VALIDE »")]
    [InlineData("1\u202f234,5\u00a0% · Provence-Alpes-Côte d’Azur… ŒUVRE Ça")]
    [InlineData("accompa\u00adgnement 🏠 \\u001B déjà écrit")]
    public void French_text_prints_unchanged(string text)
    {
        Assert.Same(text, TerminalText.Line(text));
        Assert.Same(text, TerminalText.Document(text));
    }

    [Theory]
    [InlineData("\u001b[2J", @"\u001b[2J")]
    [InlineData("10\rVALIDE", @"10\rVALIDE")]
    [InlineData("a\nb\tc", @"a\nb\tc")]
    [InlineData("\0\a\b\u007f\u0085\u009b2J", @"\u0000\u0007\u0008\u007f\u0085\u009b2J")]
    // Bidi overrides and isolates, marks, zero-width characters, BOM, line and paragraph separators.
    [InlineData("exe.\u202Ecsv\u202C \u2066x\u2069 \u200E\u200F\u200B\u200D\ufeff \u2028\u2029", @"exe.\u202ecsv\u202c \u2066x\u2069 \u200e\u200f\u200b\u200d\ufeff \u2028\u2029")]
    // A format character outside the BMP (a tag character, invisible) as its two UTF-16 units.
    [InlineData("a \U000E0041", @"a \udb40\udc41")]
    public void A_line_shows_every_character_a_terminal_obeys_as_its_code(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Line(text));

    [Fact]
    public void A_lone_surrogate_is_shown_as_its_code()
    {
        // Not theory data: xunit would replace the lone surrogate before the test sees it.
        Assert.Equal(@"a\ud800b\udc00", TerminalText.Line("a\ud800b\udc00"));
    }

    [Fact]
    public void A_document_keeps_its_tabs_line_breaks_and_CR_LF_but_not_a_lone_CR()
    {
        Assert.Equal("a\tb\nc\r\nd\\re\\u001b[0m\n", TerminalText.Document("a\tb\nc\r\nd\re\u001b[0m\n"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    public void The_document_writer_gives_the_same_text_whatever_the_pieces_it_is_written_in(int piece)
    {
        const string document = "id;appel\r\n1;\"AAP\r2021\"\r\n2;\U0001F3E0\u001b[2J\n3;x\r\r\n4;\r\r\r\ny\r";
        var terminal = new StringWriter();
        var writer = new TerminalWriter(terminal);

        for (var i = 0; i < document.Length; i += piece)
            writer.Document.Write(document.AsSpan(i, Math.Min(piece, document.Length - i)));
        writer.Flush();

        Assert.Equal("id;appel\r\n1;\"AAP\\r2021\"\r\n2;\U0001F3E0\\u001b[2J\n3;x\\r\r\n4;\\r\\r\r\ny\\r", terminal.ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_kept_as_the_first_character_of_the_stream_only()
    {
        var terminal = new StringWriter();
        var writer = new TerminalWriter(terminal);

        writer.Document.Write("\uFEFFannee;appel\r\n");
        writer.Document.Write("\uFEFF2021;x\r\n");

        Assert.Equal("\uFEFFannee;appel\r\n\\ufeff2021;x\r\n", terminal.ToString());
        Assert.Equal(@"\ufeffx", TerminalText.Line("\uFEFFx"));
    }

    [Fact]
    public void Cli_sources_reach_the_streams_only_through_the_terminal_writer()
    {
        // The process's streams are named once (Program.cs), held once (CliConsole, behind TerminalWriter).
        var allowed = new[] { "Program.cs", "FnavdlCommandLine.cs", "CliConsole.cs", "TerminalWriter.cs", "TerminalDocumentWriter.cs" };
        var cli = Path.Combine(RepoPaths.Root, "functions", "Fnavdl.Cli");
        var sources = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sources);
        var offenders = sources
            .Where(f => !allowed.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadAllText(f) is var text
                        && (Regex.IsMatch(text, @"\bConsole\.") || text.Contains("TextWriter", StringComparison.Ordinal)))
            .Select(Path.GetFileName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void A_line_written_with_holes_escapes_the_holes_only()
    {
        var terminal = new StringWriter { NewLine = "\n" };
        var writer = new TerminalWriter(terminal);
        var value = "x\ny\u001b";

        writer.WriteLine($"  erreur ligne {12} « {value} » : {3.5.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        writer.WriteLine("message\r\nforgé");

        Assert.Equal("  erreur ligne 12 « x\\ny\\u001b » : 3.5\nmessage\\r\\nforgé\n", terminal.ToString());
    }
}
