namespace Fnavdl.FrontDoor.Tests;

public sealed class DepositNameTests
{
    [Theory]
    [InlineData("projets.csv", "projets.csv")]
    [InlineData("../84/x.csv", "x.csv")]
    [InlineData("..\\84\\x.csv", "x.csv")]
    [InlineData("/etc/passwd.json", "passwd.json")]
    [InlineData("Bilan été 2021 (v2).XLSX", "Bilan-ete-2021--v2.xlsx")]
    [InlineData("<img src=x onerror=alert(1)>.csv", "img-src-x-onerror-alert-1.csv")]
    [InlineData("</script>.csv", "script.csv")]
    [InlineData("..csv", "fichier.csv")]
    [InlineData("Bilan 2021.ods", "Bilan-2021.ods")]
    [InlineData("export.TXT", "export.txt")]
    [InlineData("a..b.csv", "a.-b.csv")]
    public void A_deposited_name_keeps_only_a_safe_last_segment(string sent, string safe) =>
        Assert.Equal(safe, DepositName.Sanitise(sent));

    [Theory]
    [InlineData("rapport.pdf")]
    [InlineData("projets.csv.exe")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_without_a_readable_extension_is_refused(string? sent) => Assert.Null(DepositName.Sanitise(sent));

    [Fact]
    public void A_long_name_is_bounded() =>
        Assert.Equal(DepositName.MaxLength, DepositName.Sanitise(new string('a', 500) + ".xlsx")!.Length);

    [Fact]
    public void The_page_offers_every_format_the_pipeline_reads_and_only_those()
    {
        var page = File.ReadAllText(Path.Combine(Core.Tests.Support.RepoPaths.Root, "functions", "Fnavdl.FrontDoor", "Page", "index.html"));
        var accept = System.Text.RegularExpressions.Regex.Match(page, "accept=\"([^\"]*)\"").Groups[1].Value;

        Assert.Equal(Fnavdl.Core.Schema.FileFormats.Extensions, accept.Split(','));
    }
}
