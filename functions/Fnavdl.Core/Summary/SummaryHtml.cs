using System.Globalization;
using System.Text;
using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary as one self-contained French HTML page: inline CSS and SVG charts, no script, no
/// font or image fetched from anywhere; an A4 print layout. Small cells are masked.
/// </summary>
public static class SummaryHtml
{
    public static string Render(YearlySummary summary)
    {
        var y = summary.Annee.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>FNAVDL — synthèse annuelle {{y}}</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 60rem; line-height: 1.4; }
            h1 { font-size: 1.6rem; border-bottom: 3px solid #000091; padding-bottom: .3rem; }
            h2 { font-size: 1.2rem; color: #000091; margin-top: 2rem; }
            table { border-collapse: collapse; width: 100%; font-size: .8rem; margin: .5rem 0 1rem; }
            th, td { border: 1px solid #ccc; padding: .2rem .4rem; vertical-align: top; }
            th { background: #eef; text-align: left; }
            td.n { text-align: right; white-space: nowrap; }
            td.m { text-align: right; color: #666; font-style: italic; }
            .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5rem; }
            .kpi { border: 1px solid #ccd; padding: .5rem; } .kpi b { display: block; font-size: 1.3rem; }
            figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; } figcaption { font-weight: bold; }
            .note { font-size: .8rem; color: #444; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              h2 { break-after: avoid; } table, figure, .kpis { break-inside: avoid; }
              tr { break-inside: avoid; } thead { display: table-header-group; }
            }
            </style>
            </head>
            <body>
            <h1>Fonds national d'accompagnement vers et dans le logement — synthèse {{y}}</h1>
            <p class="note">Programme {{y}}, comparé à {{summary.AnneePrecedente.ToString(CultureInfo.InvariantCulture)}}.
            """);
        html.Append(summary.DonneesArreteesAu is { } at
            ? $" Données arrêtées au {Enc(FrenchFormat.DateTime(at))} (dernier fichier traité).</p>\n"
            : " Aucune donnée reçue.</p>\n");
        html.Append($"<p class=\"note\">{Enc(summary.SecretStatistique)}</p>\n");

        html.Append("<h2>L'essentiel</h2>\n<div class=\"kpis\">\n");
        foreach (var code in new[] { Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.TauxCoPortage, Indicateurs.TauxPortageBailleur,
                     Indicateurs.TauxImplicationEpci, Indicateurs.TauxEngagement, Indicateurs.MenagesAccompagnes, Indicateurs.NbRegionsDeclarantes })
        {
            if (summary.National(code) is not { } f) continue;
            html.Append($"<div class=\"kpi\"><b>{Enc(FrenchFormat.Value(f.Unite, f.Valeur))}</b>{Enc(SummaryDefinitions.Label(code))}</div>\n");
        }
        html.Append("</div>\n");

        var tables = SummaryTables.Build(summary);
        var charts = SummaryCharts.Render(summary);
        AppendTable(html, tables[0]);
        html.Append("<h2>Graphiques</h2>\n");
        foreach (var (title, svg) in charts)
            html.Append($"<figure>\n<figcaption>{Enc(title)}</figcaption>\n{svg}\n</figure>\n");
        foreach (var table in tables.Skip(1))
            AppendTable(html, table);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, SummaryTable table)
    {
        html.Append($"<h2>{Enc(table.Title)}</h2>\n");
        if (table.Note is not null) html.Append($"<p class=\"note\">{Enc(table.Note)}</p>\n");
        html.Append("<table>\n<thead><tr>");
        foreach (var header in table.Headers) html.Append($"<th>{Enc(header)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append(Cell(cell));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Cell(SummaryCell cell)
    {
        if (cell.Masked is not null) return $"<td class=\"m\" title=\"Secret statistique\">{Enc(cell.Masked)}</td>";
        if (cell.Text is not null) return cell.Number is null ? $"<td>{Enc(cell.Text)}</td>" : $"<td class=\"n\">{Enc(cell.Text)}</td>";
        if (cell.Number is not { } n) return "<td></td>";
        var text = cell.Format switch
        {
            CellKind.Euros => FrenchFormat.Euros(n),
            CellKind.Percent => FrenchFormat.Percent(n),
            CellKind.Points => FrenchFormat.Points(n),
            CellKind.Decimal => FrenchFormat.Decimal(n),
            _ => FrenchFormat.Integer(n),
        };
        return $"<td class=\"n\">{Enc(text)}</td>";
    }

    // Only the characters HTML needs escaped: accents and non-breaking spaces stay as UTF-8 text.
    private static string Enc(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
