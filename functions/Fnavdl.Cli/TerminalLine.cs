using System.Runtime.CompilerServices;
using System.Text;

namespace Fnavdl.Cli;

/// <summary>
/// One line written as <c>$"…"</c> to a <see cref="TerminalWriter"/>: its literal parts are the
/// program's own words, written as they are; every hole (a value, a file name, a message, a path) is
/// data and written through <see cref="TerminalText.Line"/>, so a line break or an escape sequence in it
/// can neither end the line nor reach the terminal. Formatting is the default interpolation's.
/// </summary>
[InterpolatedStringHandler]
public ref struct TerminalLine
{
    private readonly StringBuilder _line;

    public TerminalLine(int literalLength, int formattedCount) =>
        _line = new StringBuilder(literalLength + formattedCount * 16);

    public readonly void AppendLiteral(string value) => _line.Append(value);

    public readonly void AppendFormatted<T>(T value) => Hole($"{value}");

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        var hole = new DefaultInterpolatedStringHandler(0, 1);
        hole.AppendFormatted(value, format);
        Hole(hole.ToStringAndClear());
    }

    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null)
    {
        var hole = new DefaultInterpolatedStringHandler(0, 1);
        hole.AppendFormatted(value, alignment, format);
        Hole(hole.ToStringAndClear());
    }

    public readonly void AppendFormatted(string? value) => Hole(value);

    internal readonly string Text => _line.ToString();

    private readonly void Hole(string? value) => _line.Append(TerminalText.Line(value));
}
