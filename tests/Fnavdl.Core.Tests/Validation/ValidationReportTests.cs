using System.Text.Json;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

public sealed class ValidationReportTests
{
    private static readonly ValidationReport Sample = new()
    {
        SourcePath = "93/2021/projets <v2>.csv",
        CodeRegion = "93",
        RegionName = "Provence-Alpes-Côte d'Azur",
        Sha256 = new string('a', 64),
        Kinds = ["projets"],
        Rows = 3,
        ErrorCount = 1,
        WarningCount = 1,
        Issues =
        [
            new ValidationIssue(IssueCodes.MontantAmbigu, Severity.Error, "Montant ambigu : « 1.234 » …", 4, "montant_accorde", "1.234")
                with { Column = "Montant accordé <€>", ColumnNumber = 14, Cell = "N4" },
            new ValidationIssue(IssueCodes.ColonneInconnue, Severity.Warning, "Colonne non prévue", Value: "Commentaire"),
        ],
        ReferenceSource = "@etalab/decoupage-administratif@6.0.0",
    };

    [Fact]
    public void Json_is_validata_shaped_with_errors_and_warnings_apart()
    {
        var json = JsonDocument.Parse(ValidationReportJson.ToBytes(Sample)).RootElement;

        Assert.False(json.GetProperty("valid").GetBoolean());
        var error = json.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("montant-ambigu", error.GetProperty("code").GetString());
        Assert.Equal(4, error.GetProperty("row").GetInt32());
        Assert.Equal("montant_accorde", error.GetProperty("field").GetString());
        Assert.Equal("1.234", error.GetProperty("value").GetString());
        Assert.Equal("Montant accordé <€>", error.GetProperty("column").GetString());
        Assert.Equal(14, error.GetProperty("columnNumber").GetInt32());
        Assert.Equal("N4", error.GetProperty("cell").GetString());
        Assert.Equal("Provence-Alpes-Côte d'Azur", json.GetProperty("regionName").GetString());
        var warning = json.GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, warning.GetProperty("row").ValueKind);
        Assert.Contains("« 1.234 »", System.Text.Encoding.UTF8.GetString(ValidationReportJson.ToBytes(Sample)));
    }

    [Fact]
    public void Html_is_self_contained_french_and_escaped()
    {
        var html = ValidationReportHtml.Render(Sample);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("Fichier refusé", html);
        Assert.Contains("projets &lt;v2&gt;.csv", html);
        Assert.DoesNotContain("<v2>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode("Montant accordé <€>") + " (cellule N4)", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode("93 — Provence-Alpes-Côte d'Azur"), html);
        Assert.Contains("name=\"viewport\"", html);
    }

    [Fact]
    public void Html_tells_how_to_fix_each_code_it_contains_from_the_catalogue_and_links_each_problem_to_it()
    {
        var html = ValidationReportHtml.Render(Sample);

        Assert.Contains("<h2>Comment corriger</h2>", html);
        foreach (var code in new[] { IssueCodes.MontantAmbigu, IssueCodes.ColonneInconnue })
        {
            var definition = IssueCatalog.Find(code)!;
            Assert.Contains($"<dt id=\"code-{code}\"><code>{code}</code> — {System.Net.WebUtility.HtmlEncode(definition.Title)}</dt>"
                + $"<dd>{System.Net.WebUtility.HtmlEncode(definition.Correction)}</dd>", html);
            Assert.Contains($"<a href=\"#code-{code}\"><code>{code}</code></a>", html);
        }
        Assert.DoesNotContain($"id=\"code-{IssueCodes.AucuneLigne}\"", html);
    }

    [Fact]
    public void Html_says_an_accepted_file_has_warnings_and_agrees_aucune_with_erreurs()
    {
        var accepted = Sample with { ErrorCount = 0, Issues = [.. Sample.Issues.Where(i => i.Severity == Severity.Warning)] };

        var html = ValidationReportHtml.Render(accepted);

        Assert.Contains("Fichier accepté avec 1 avertissement(s)", html);
        Assert.Contains("<h2>Erreurs (0)</h2>\n<p>Aucune.</p>", html);
    }
}
