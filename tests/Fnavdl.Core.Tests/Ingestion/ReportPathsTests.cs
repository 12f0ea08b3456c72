using Fnavdl.Core.Ingestion;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>One place knows a report's paths: the HTML twin of a logged JSON report is the path the ingestion wrote.</summary>
public sealed class ReportPathsTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("93/2021/projets.csv")]
    [InlineData("93/portail/bilan.json")]
    [InlineData("93/a.b.c/fichier.sans.rapport.json")]
    [InlineData("93/sans-extension")]
    public void The_HTML_report_of_an_upload_is_the_HTML_twin_of_its_JSON_report(string upload) =>
        Assert.Equal(ReportPaths.Html(upload, Sha), ReportPaths.HtmlOf(ReportPaths.Json(upload, Sha)));

    [Fact]
    public void The_twin_holds_for_a_name_too_long_to_take_the_suffix_and_for_a_refused_path()
    {
        var upload = "93/" + new string('é', 200) + ".csv";
        Assert.Equal(ReportPaths.Html(upload, Sha), ReportPaths.HtmlOf(ReportPaths.Json(upload, Sha)));
        Assert.Equal(ReportPaths.RefusedPath("93", "../x", "html"), ReportPaths.HtmlOf(ReportPaths.RefusedPath("93", "../x", "json")));
    }
}
