using System.Globalization;
using System.Net;
using System.Text;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The report as a self-contained French HTML page a regional officer can open, print or forward:
/// no script, no external resource. Each problem names the column as the file wrote it (and the
/// XLSX cell); on a narrow screen each problem becomes a card instead of a wide table row.
/// </summary>
public static class ValidationReportHtml
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Render(ValidationReport report)
    {
        var html = new StringBuilder(4096);
        var title = $"Rapport de validation — {report.SourcePath}";
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:2rem;color:#1e1e1e;max-width:72rem;overflow-wrap:anywhere}")
            .Append("h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}")
            .Append(".verdict{padding:.8rem 1rem;border-radius:.3rem;font-weight:600}")
            .Append(".ok{background:#e6f4ea;border-left:.4rem solid #18753c}.ko{background:#fdecea;border-left:.4rem solid #ce0500}")
            .Append("table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}")
            .Append("th{background:#f0f0f0}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}td.num{text-align:right;white-space:nowrap}code{font-size:.85rem}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}")
            .Append(".warn{background:#fff4e5;border-left:.4rem solid #b34000}")
            .Append("dl.fix{display:block}dl.fix dt{margin-top:.6rem}dl.fix dd{margin:0 0 0 1rem}")
            .Append("@media (max-width:40rem){body{margin:1rem}table.issues thead{position:absolute;left:-9999px}table.issues tr{display:block;border:1px solid #ccc;margin-bottom:.8rem}")
            .Append("table.issues td{display:block;border:0;border-bottom:1px solid #eee}table.issues td.num{text-align:left}table.issues td::before{content:attr(data-label) \" : \";font-weight:600}}")
            .Append("@media print{body{margin:0}}\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append(report.IsValid
            ? (report.WarningCount == 0
                ? "<p class=\"verdict ok\">Fichier accepté : aucune erreur, aucun avertissement.</p>\n"
                : $"<p class=\"verdict warn\">Fichier accepté avec {N(report.WarningCount)} avertissement(s) : aucune erreur, mais vérifiez les avertissements ci-dessous.</p>\n")
            : $"<p class=\"verdict ko\">Fichier refusé : {N(report.ErrorCount)} erreur(s). Rien de ce fichier n'a été intégré ; corrigez les erreurs ci-dessous puis déposez-le à nouveau.</p>\n");
        html.Append("<dl>\n");
        Item(html, "Fichier", report.SourcePath);
        Item(html, "Région", report.RegionName is null ? report.CodeRegion : $"{report.CodeRegion} — {report.RegionName}");
        if (report.Sha256 is not null) Item(html, "Empreinte SHA-256", report.Sha256);
        Item(html, "Type(s) de rapport", report.Kinds.Count == 0 ? "non reconnu" : string.Join(", ", report.Kinds));
        Item(html, "Lignes de données", N(report.Rows));
        Item(html, "Erreurs", N(report.ErrorCount));
        Item(html, "Avertissements", N(report.WarningCount));
        Item(html, "Référentiel administratif", report.ReferenceSource);
        html.Append("</dl>\n");
        if (report.Omitted > 0)
            html.Append("<p>").Append(N(report.Omitted)).Append(" problème(s) supplémentaire(s) non listé(s) : corrigez les premiers, puis validez à nouveau.</p>\n");
        Section(html, "Erreurs", "Aucune.", "Les erreurs empêchent l'intégration du fichier.", report.Issues.Where(i => i.Severity == Severity.Error).ToList());
        Section(html, "Avertissements", "Aucun.", "Les avertissements n'empêchent pas l'intégration ; vérifiez-les.", report.Issues.Where(i => i.Severity == Severity.Warning).ToList());
        Corrections(html, report.Issues);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static byte[] ToBytes(ValidationReport report) => Encoding.UTF8.GetBytes(Render(report));

    /// <param name="none">"Aucune." or "Aucun.": the word agrees with the section's noun.</param>
    private static void Section(StringBuilder html, string title, string none, string help, IReadOnlyList<ValidationIssue> issues)
    {
        html.Append("<h2>").Append(title).Append(" (").Append(N(issues.Count)).Append(")</h2>\n");
        if (issues.Count == 0) { html.Append("<p>").Append(none).Append("</p>\n"); return; }
        html.Append("<p>").Append(help).Append("</p>\n<table class=\"issues\">\n<caption class=\"sr\">").Append(title)
            .Append("</caption>\n<thead><tr><th scope=\"col\">Ligne</th><th scope=\"col\">Colonne du fichier</th><th scope=\"col\">Champ</th><th scope=\"col\">Valeur</th><th scope=\"col\">Problème</th><th scope=\"col\">Code</th></tr></thead>\n<tbody>\n");
        foreach (var issue in issues)
        {
            var where = issue.Row is { } row
                ? (issue.Sheet is null ? N(row) : $"{E(issue.Sheet)}, {N(row)}")
                : "—";
            var column = issue.Column is null ? "—" : E(issue.Column) + (issue.Cell is null ? "" : $" (cellule {E(issue.Cell)})");
            html.Append("<tr><td class=\"num\" data-label=\"Ligne\">").Append(where)
                .Append("</td><td data-label=\"Colonne\">").Append(column)
                .Append("</td><td data-label=\"Champ\">").Append(E(issue.Field ?? "—"))
                .Append("</td><td data-label=\"Valeur\">").Append(E(issue.Value ?? ""))
                .Append("</td><td data-label=\"Problème\">").Append(E(issue.Message))
                .Append("</td><td data-label=\"Code\">").Append(CodeLink(issue.Code)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// How to fix each code of the report, from the <see cref="IssueCatalog"/>: the page stays
    /// self-contained (it is forwarded and printed), so the advice is in it, not behind a link.
    /// </summary>
    private static void Corrections(StringBuilder html, IReadOnlyList<ValidationIssue> issues)
    {
        var definitions = issues.Select(i => i.Code).Distinct(StringComparer.Ordinal)
            .Select(IssueCatalog.Find).OfType<IssueDefinition>().ToList();
        if (definitions.Count == 0) return;
        html.Append("<h2>Comment corriger</h2>\n<p>Pour chaque code de ce rapport (la liste de tous les codes est publiée dans <code>docs/codes-erreurs.md</code>) :</p>\n<dl class=\"fix\">\n");
        foreach (var definition in definitions)
            html.Append("<dt id=\"").Append(Anchor(definition.Code)).Append("\"><code>").Append(E(definition.Code)).Append("</code> — ").Append(E(definition.Title))
                .Append("</dt><dd>").Append(E(definition.Correction)).Append("</dd>\n");
        html.Append("</dl>\n");
    }

    private static string CodeLink(string code) =>
        IssueCatalog.Find(code) is null
            ? $"<code>{E(code)}</code>"
            : $"<a href=\"#{Anchor(code)}\"><code>{E(code)}</code></a>";

    // Codes are lower-case ASCII words joined by hyphens: valid ids as they are, prefixed so they never clash.
    private static string Anchor(string code) => "code-" + E(code);

    private static void Item(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string N(int value) => value.ToString("N0", French);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
