using System.Globalization;

namespace Fnavdl.Cli;

/// <summary>
/// Where commands write: injected so tests read exactly what a person would see. The streams are held
/// only here, behind <see cref="TerminalWriter"/>: no command writes a character the terminal would obey.
/// </summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TerminalWriter Out { get; } = new(output);

    public TerminalWriter Error { get; } = new(error);

    /// <summary>Prefix "[ 3/18]" once a run has enough files for progress to matter.</summary>
    public static string Progress(int index, int total) =>
        total < 5 ? "" : $"[{index.ToString(CultureInfo.InvariantCulture).PadLeft(total.ToString(CultureInfo.InvariantCulture).Length)}/{total}] ";
}
