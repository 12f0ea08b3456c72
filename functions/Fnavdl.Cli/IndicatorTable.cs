using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Summary;

namespace Fnavdl.Cli;

/// <summary>
/// `indicators --format table`: one block per scope (national, each region, each call), one line per
/// indicator with its value in French (« 1 234 567 € », « 23,9 % »), fitting an 80-column terminal.
/// The exact figures (numerator, denominator, unrounded values) are in the JSON, CSV and XLSX.
/// </summary>
internal static class IndicatorTable
{
    public const int Width = 80;

    public static string Render(IReadOnlyList<IndicatorRow> rows)
    {
        if (rows.Count == 0) return "";
        var output = new StringBuilder();
        var nameWidth = rows.Max(r => r.Indicateur.Length);
        var lines = rows.Select(r => (Row: r, Value: FrenchFormat.Value(r.Unite, r.Valeur))).ToList();
        var valueWidth = lines.Max(l => l.Value.Length);
        var first = true;
        foreach (var block in lines.GroupBy(l => (l.Row.Annee, l.Row.Perimetre, l.Row.CodeRegion, l.Row.AppelAProjets)))
        {
            if (!first) output.AppendLine();
            first = false;
            // A call's name and a dimension are data: each line is made one printable line before it is fitted.
            var title = TerminalText.Line(Title(block.Key.Annee, block.Key.Perimetre, block.Key.CodeRegion, block.Key.AppelAProjets));
            output.AppendLine(Fit(title));
            output.AppendLine(new string('─', Math.Min(title.Length, Width)));
            foreach (var (row, value) in block)
            {
                var line = $"  {row.Indicateur.PadRight(nameWidth)}  {value.PadLeft(valueWidth)}";
                if (row.Dimension is { } dimension) line += $"  {dimension}";
                output.AppendLine(Fit(TerminalText.Line(line)));
            }
        }
        return output.ToString();
    }

    private static string Title(int annee, string perimetre, string? code, string? appel)
    {
        var region = code is null ? null : $"région {code} — {IndicatorLabels.Region(code) ?? code}";
        return perimetre switch
        {
            Perimetres.National => $"{annee} · national",
            Perimetres.Region => $"{annee} · {region}",
            _ => $"{annee} · {region} · appel « {appel} »",
        };
    }

    private static string Fit(string line) => line.Length <= Width ? line : line[..(Width - 1)] + "…";
}
