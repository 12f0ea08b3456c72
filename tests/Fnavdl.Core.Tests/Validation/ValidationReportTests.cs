using System.Text.Json;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Core.Tests.Validation;

public sealed class ValidationReportTests
{
    private static readonly ValidationReport Sample = new()
    {
        SourcePath = "93/2021/projets <v2>.csv",
        CodeRegion = "93",
        Sha256 = new string('a', 64),
        Kinds = ["projets"],
        Rows = 3,
        ErrorCount = 1,
        WarningCount = 1,
        Issues =
        [
            ValidationIssue.Error(IssueCodes.MontantAmbigu, "Montant ambigu : « 1.234 » …", 4, "montant_accorde", "1.234"),
            ValidationIssue.Warning(IssueCodes.ColonneInconnue, "Colonne non prévue", value: "Commentaire"),
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
    }
}
