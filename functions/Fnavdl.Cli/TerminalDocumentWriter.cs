using System.Text;

namespace Fnavdl.Cli;

/// <summary>
/// A <see cref="TextWriter"/> over the terminal that writes each character as <see cref="TerminalText.Document(string?)"/>
/// would: tabs, line breaks and CR LF as they are, any other control or format character as its code.
/// A CR is held until the next character says whether it starts a CR LF; a high surrogate until its pair.
/// A byte order mark is kept as the stream's first character only.
/// </summary>
internal sealed class TerminalDocumentWriter : TextWriter
{
    private readonly TextWriter _terminal;
    private char? _held;
    private bool _started;

    public TerminalDocumentWriter(TextWriter terminal) : base(terminal.FormatProvider)
    {
        _terminal = terminal;
        NewLine = terminal.NewLine;
    }

    public override Encoding Encoding => _terminal.Encoding;

    public override void Write(char value)
    {
        if (_held is { } held)
        {
            _held = null;
            if ((held == '\r' && value == '\n') || (char.IsHighSurrogate(held) && char.IsLowSurrogate(value)))
            {
                Emit(string.Concat(held, value));
                return;
            }
            Emit(held.ToString());
        }
        if (value == '\r' || char.IsHighSurrogate(value))
        {
            _held = value;
            return;
        }
        Emit(value.ToString());
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        // While a character is held, one at a time: what it becomes is written before what follows.
        var start = 0;
        while (_held is not null && start < value.Length) Write(value[start++]);
        if (start == value.Length) return;
        // A CR or a high surrogate at the end waits for what follows it.
        var end = value.Length;
        if (end > start && (value[end - 1] == '\r' || char.IsHighSurrogate(value[end - 1]))) end--;
        if (end > start) Emit(value[start..end]);
        if (end < value.Length) _held = value[end];
    }

    private void Emit(string text)
    {
        if (text.Length == 0) return;
        _terminal.Write(TerminalText.Document(text, startsDocument: !_started));
        _started = true;
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <summary>Writes a held character as it stands alone (a lone CR escaped): the document has ended.</summary>
    public void End()
    {
        if (_held is not { } held) return;
        _held = null;
        Emit(held.ToString());
    }

    public override void Flush()
    {
        End();
        _terminal.Flush();
    }

    // A writer that decorates owns what it decorates, as StreamWriter its stream. Nothing disposes this one:
    // it lives as long as the command's TerminalWriter.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            End();
            _terminal.Dispose();
        }
        base.Dispose(disposing);
    }
}
