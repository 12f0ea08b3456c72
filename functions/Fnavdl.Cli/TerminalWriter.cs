namespace Fnavdl.Cli;

/// <summary>
/// The only way the CLI writes to its output and error streams: whatever a command prints goes through
/// <see cref="TerminalText"/>. A line is one line whatever its data holds; a document (help, JSON, CSV,
/// a table) keeps its own line breaks and loses every other control character.
/// </summary>
public sealed class TerminalWriter
{
    // Lines go through the document writer too, so a CR it holds is written before them, not after.
    private readonly TerminalDocumentWriter _document;

    public TerminalWriter(TextWriter terminal) => _document = new TerminalDocumentWriter(terminal);

    /// <summary>
    /// The stream as a <see cref="TextWriter"/> for code that writes documents (the CSV export, the
    /// command-line library): every character it writes obeys <see cref="TerminalText.Document(string?)"/>.
    /// </summary>
    public TextWriter Document => _document;

    /// <summary>A line whose holes are data: each is made printable (<see cref="TerminalLine"/>).</summary>
    public void WriteLine(TerminalLine line) => _document.WriteLine(line.Text);

    /// <summary>A line built elsewhere (a message, a refusal): all of it made printable, its line breaks included.</summary>
    public void WriteLine(string? line) => _document.WriteLine(TerminalText.Line(line));

    public void WriteLine() => _document.WriteLine();

    /// <summary>A whole document: its line breaks kept, every other control character escaped.</summary>
    public void Write(string? document)
    {
        _document.Write(document);
        _document.End();
    }

    /// <summary>Ends what <see cref="Document"/> was given and flushes the stream.</summary>
    public void Flush() => _document.Flush();
}
