using System.Globalization;
using System.Text;
using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>
/// The summary as one self-contained French HTML page: inline CSS and SVG charts, no script, no
/// font or image fetched from anywhere; an A4 print layout. Small cells are masked.
/// </summary>
/// <remarks>
/// Written for RGAA 4 / WCAG 2.1 AA: landmarks and a skip link, one section per table with its
/// heading, tables with a caption and header scopes, wide tables in a labelled scrollable region
/// the keyboard can reach, so the page itself reflows down to 320 px; each chart is an
/// <c>svg role="img"</c> with a title, a description of every value and a link to its table.
/// </remarks>
internal static class SummaryHtml
{
    public static string Render(YearlySummary summary)
    {
        var y = summary.Annee.ToString(CultureInfo.InvariantCulture);
        var tables = SummaryTables.Build(summary);
        var charts = SummaryCharts.Render(summary);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FNAVDL — synthèse annuelle {{y}}</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; margin: 0 auto; padding: 1rem; max-width: 60rem; line-height: 1.4; }
            h1 { font-size: 1.6rem; border-bottom: 3px solid #000091; padding-bottom: .3rem; overflow-wrap: anywhere; }
            h2 { font-size: 1.2rem; color: #000091; margin-top: 2rem; }
            a { color: #000091; }
            .evitement { position: absolute; left: -100vw; } .evitement:focus { position: static; }
            nav ul { display: flex; flex-wrap: wrap; gap: .2rem 1rem; padding: 0; list-style: none; font-size: .9rem; }
            .defile { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
            .defile:focus { outline: 2px solid #000091; }
            table { border-collapse: collapse; width: 100%; font-size: .8rem; }
            caption { text-align: left; font-weight: bold; padding: .2rem 0; }
            th, td { border: 1px solid #ccc; padding: .2rem .4rem; vertical-align: top; }
            thead th { background: #eef; text-align: left; }
            tbody th { text-align: left; font-weight: normal; }
            td.n { text-align: right; white-space: nowrap; }
            td.m { text-align: right; color: #595959; font-style: italic; }
            td.id { word-break: break-all; font-family: "DejaVu Sans Mono", monospace; font-size: .75rem; }
            .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .5rem; padding: 0; list-style: none; }
            .kpis li { border: 1px solid #ccd; padding: .5rem; } .kpis b { display: block; font-size: 1.3rem; }
            figure { margin: 1rem 0 2rem; } figure svg { display: block; width: 100%; max-width: 36rem; height: auto; }
            figcaption { font-weight: bold; margin-bottom: .3rem; }
            .note { font-size: .8rem; color: #444; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
              nav, .evitement { display: none; }
              .defile { overflow: visible; }
              h2 { break-after: avoid; } figure, .kpis { break-inside: avoid; }
              tr { break-inside: avoid; } thead { display: table-header-group; }
            }
            </style>
            </head>
            <body>
            <header>
            <a class="evitement" href="#contenu">Aller au contenu</a>
            <h1>Fonds national d'accompagnement vers et dans le logement — synthèse {{y}}</h1>
            <p class="note">Programme {{y}}, comparé à {{summary.AnneePrecedente.ToString(CultureInfo.InvariantCulture)}}.
            """);
        html.Append(summary.DonneesArreteesAu is { } at
            ? $" Données arrêtées au {Enc(FrenchFormat.DateTime(at))} (dernier fichier traité).</p>\n"
            : " Aucune donnée reçue.</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Enc(summary.SecretStatistique)}</p>\n</header>\n");

        html.Append("<nav aria-label=\"Sommaire\">\n<ul>\n<li><a href=\"#essentiel\">L'essentiel</a></li>\n");
        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{tables[0].Anchor}\">{Enc(tables[0].Sheet)}</a></li>\n<li><a href=\"#graphiques\">Graphiques</a></li>\n");
        foreach (var table in tables.Skip(1)) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{table.Anchor}\">{Enc(table.Sheet)}</a></li>\n");
        html.Append("</ul>\n</nav>\n<main id=\"contenu\">\n");

        html.Append("<section id=\"essentiel\" aria-labelledby=\"essentiel-titre\">\n<h2 id=\"essentiel-titre\">L'essentiel</h2>\n<ul class=\"kpis\">\n");
        foreach (var code in new[] { Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.TauxCoPortage, Indicateurs.TauxPortageBailleur,
                     Indicateurs.TauxImplicationEpci, Indicateurs.TauxEngagement, Indicateurs.MenagesAccompagnes, Indicateurs.NbRegionsDeclarantes })
        {
            if (summary.National(code) is not { } f) continue;
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{Enc(FrenchFormat.Value(f.Unite, f.Valeur))}</b>{Enc(SummaryDefinitions.Label(code))}</li>\n");
        }
        html.Append("</ul>\n</section>\n");

        AppendTable(html, tables[0]);
        html.Append("<section id=\"graphiques\" aria-labelledby=\"graphiques-titre\">\n<h2 id=\"graphiques-titre\">Graphiques</h2>\n");
        foreach (var chart in charts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure>\n<figcaption>{Enc(chart.Chart.Title)}</figcaption>\n{chart.Chart.Svg()}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Les chiffres de ce graphique : <a href=\"#{chart.TableAnchor}\">{Enc(chart.TableTitle)}</a>.</p>\n</figure>\n");
        }
        html.Append("</section>\n");
        foreach (var table in tables.Skip(1))
            AppendTable(html, table);
        html.Append("""
            </main>
            <footer>
            <p class="note">Synthèse publiée par la chaîne de traitement du FNAVDL à partir des fichiers déposés par les DREETS.
            Le classeur XLSX, le fichier JSON et les tables Parquet publiés avec cette page donnent les mêmes chiffres (valeurs exactes pour JSON et Parquet).</p>
            </footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, SummaryTable table)
    {
        var id = table.Anchor;
        // The section has no name of its own: the scrollable region, named by the caption, is the table's landmark.
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\">\n<h2>{Enc(table.Title)}</h2>\n");
        if (table.Note is not null) html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Enc(table.Note)}</p>\n");
        // A wide table scrolls inside its own region (labelled, reachable by keyboard) so the page does not.
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"defile\" role=\"region\" aria-labelledby=\"{id}-legende\" tabindex=\"0\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<table>\n<caption id=\"{id}-legende\">{Enc(table.Title)}</caption>\n<thead><tr>");
        foreach (var header in table.Headers) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Enc(header)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
                html.Append(c == table.RowHeader && row[c].Text is { } name ? $"<th scope=\"row\">{Enc(name)}</th>" : Cell(row[c]));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string Cell(SummaryCell cell)
    {
        if (cell.Masked is not null) return $"<td class=\"m\" title=\"Secret statistique\">{Enc(cell.Masked)}</td>";
        if (cell.Format == CellKind.Identifier) return $"<td class=\"id\">{Enc(cell.Text ?? "")}</td>";
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
    internal static string Enc(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
