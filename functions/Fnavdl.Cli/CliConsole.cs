using System.Globalization;

namespace Fnavdl.Cli;

/// <summary>Where commands write: injected so tests read exactly what a person would see.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Prefix "[ 3/18]" once a run has enough files for progress to matter.</summary>
    public static string Progress(int index, int total) =>
        total < 5 ? "" : $"[{index.ToString(CultureInfo.InvariantCulture).PadLeft(total.ToString(CultureInfo.InvariantCulture).Length)}/{total}] ";
}
