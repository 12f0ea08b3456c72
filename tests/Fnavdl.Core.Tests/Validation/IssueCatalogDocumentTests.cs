using Fnavdl.Core.Issues;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

/// <summary>
/// docs/codes-erreurs.md, the list of codes published for regions, is exactly what the catalogue
/// generates. To regenerate it after changing the catalogue:
/// <c>FNAVDL_REGENERATE=1 dotnet test tests/Fnavdl.Core.Tests --filter IssueCatalogDocumentTests</c>.
/// </summary>
public sealed class IssueCatalogDocumentTests
{
    private const string RegenerateVariable = "FNAVDL_REGENERATE";
    private const string File = "docs/codes-erreurs.md";

    [Fact]
    public void The_committed_list_of_codes_is_what_the_catalogue_generates()
    {
        var path = Path.Combine(RepoPaths.Root, File);
        var generated = IssueCatalogMarkdown.Render(IssueCatalog.All);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") System.IO.File.WriteAllText(path, generated);

        Assert.True(System.IO.File.Exists(path), $"{File} is missing: run the tests with {RegenerateVariable}=1 to write it.");
        Assert.True(generated == System.IO.File.ReadAllText(path).Replace("\r\n", "\n"),
            $"{File} differs from the issue catalogue: run the tests with {RegenerateVariable}=1 to regenerate it, and commit it.");
    }

    [Fact]
    public void The_list_gives_each_code_its_severity_title_advice_and_every_message_in_french()
    {
        var markdown = IssueCatalogMarkdown.Render(IssueCatalog.All);

        Assert.Contains("| [`colonne-inconnue`](#colonne-inconnue) | avertissement | Colonne non prévue |", markdown);
        Assert.Contains("| [`montant-ambigu`](#montant-ambigu) | erreur | Montant ambigu |", markdown);
        foreach (var definition in IssueCatalog.All)
        {
            Assert.Contains($"\n## {definition.Code}\n", markdown);
            Assert.Contains(definition.Correction, markdown);
        }
        Assert.Contains("- « `{Valeur}` » (colonne « `{Colonne}` ») n'est pas un montant en euros reconnu.", markdown);
        Assert.Equal(IssueCatalog.All.Sum(d => d.Templates.Count), markdown.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }
}
