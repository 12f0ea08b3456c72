using System.Text;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation.Report;

/// <summary>
/// The catalogue published for regions (docs/codes-erreurs.md): each code's severity, title, the
/// messages it is raised with and how to fix it, so a region can look a code up before and after
/// it uploads. Generated, never edited by hand: a test pins the committed file.
/// </summary>
internal static class IssueCatalogMarkdown
{
    public static string Render(IReadOnlyList<IssueDefinition> definitions)
    {
        var md = new StringBuilder(32 * 1024);
        md.Append("# Codes des erreurs et avertissements du rapport de validation\n\n")
            .Append("<!-- Généré à partir de functions/Fnavdl.Core/Issues/IssueCatalog*.cs : ne pas modifier à la main. ")
            .Append("Pour le régénérer : FNAVDL_REGENERATE=1 dotnet test tests/Fnavdl.Core.Tests --filter IssueCatalogDocumentTests -->\n\n")
            .Append("Chaque problème du rapport de validation porte un **code** stable (les outils peuvent s'y fier : un code n'est jamais renommé), ")
            .Append("une **gravité** et un message en français. Une **erreur** fait refuser le fichier entier : rien n'en est intégré tant qu'elle n'est pas corrigée. ")
            .Append("Un **avertissement** n'empêche pas l'intégration ; vérifiez-le.\n\n")
            .Append("Dans les messages types, les mots entre accolades (par exemple `{Valeur}` ou `{Champ}`) sont remplacés dans le rapport ")
            .Append("par la valeur, le champ, la ligne… en cause ; `{Colonne}` par l'intitulé de la colonne tel que le fichier l'écrit.\n\n")
            .Append("| Code | Gravité | Titre |\n|---|---|---|\n");
        foreach (var d in definitions)
            md.Append("| [`").Append(d.Code).Append("`](#").Append(d.Code).Append(") | ").Append(Severity(d)).Append(" | ").Append(d.Title).Append(" |\n");
        foreach (var d in definitions)
        {
            md.Append("\n## ").Append(d.Code).Append("\n\n")
                .Append("**").Append(d.Title).Append("** — ").Append(Severity(d)).Append(".\n\n")
                .Append("Comment corriger : ").Append(d.Correction).Append("\n\n")
                .Append(d.Templates.Count == 1 ? "Message type :\n\n" : "Messages types :\n\n");
            foreach (var template in d.Templates)
                md.Append("- ").Append(template.Display(name => $"`{{{name}}}`")).Append('\n');
        }
        return md.ToString();
    }

    private static string Severity(IssueDefinition definition) =>
        definition.Severity == Issues.Severity.Error ? "erreur" : "avertissement";
}
