using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>
/// The workbook opened by LibreOffice Calc (headless, tests/install-libreoffice.sh) and saved sheet by
/// sheet as CSV of the cells as shown: the file opens, rates' changes read in points, times say UTC,
/// a region's "=…" stays text. Fails, never skips, without LibreOffice.
/// </summary>
public sealed class LibreOfficeWorkbookTests(ITestOutputHelper output)
{
    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task LibreOffice_shows_changes_in_points_UTC_times_and_formulas_as_text()
    {
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: run tests/install-libreoffice.sh (apt-get install -y libreoffice-calc-nogui).");
        var summary = SummaryWorkbookTests.TwoYears(coPortage2021: 0.5, coPortage2020: 0.25);
        summary = summary with { Lignage = [summary.Lignage[0] with { Chemin = "=1+1" }] };
        var work = Directory.CreateTempSubdirectory("fnavdl-calc-");
        try
        {
            var xlsx = Path.Combine(work.FullName, "synthese.xlsx");
            await File.WriteAllBytesAsync(xlsx, SummaryWorkbook.Render(summary));
            // 44: comma, 34: quotes, 76: UTF-8, then "save cell contents as shown", -1: every sheet to its own file.
            var run = await RunAsync($"-env:UserInstallation=file://{work.FullName}/profil --headless --convert-to \"csv:Text - txt - csv (StarCalc):44,34,76,1,,1036,false,true,true,false,false,-1\" --outdir {work.FullName}/csv {xlsx}");
            var csv = Directory.Exists(Path.Combine(work.FullName, "csv"))
                ? Directory.GetFiles(Path.Combine(work.FullName, "csv")).ToDictionary(f => Path.GetFileNameWithoutExtension(f)["synthese-".Length..], File.ReadAllText)
                : [];
            foreach (var (sheet, text) in csv) output.WriteLine($"--- {sheet}\n{text}");
            Assert.True(csv.Count == 10, $"LibreOffice wrote {csv.Count} sheets; it said:\n{run}");

            Assert.Matches(@"\+25[,.]0 pt", csv["Évolution"]);
            Assert.Matches(@"01/03/2022 09:00 UTC", csv["Lignage"]);
            Assert.Contains("'=1+1", csv["Lignage"]);
            Assert.DoesNotContain(",2,", csv["Lignage"]);
            Assert.Contains("Secret statistique", csv[SummaryWorkbook.NotesSheet]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string arguments)
    {
        var (stdout, stderr) = await ExternalProgram.RunAsync(Soffice, arguments, TimeSpan.FromSeconds(180));
        return stdout + stderr;
    }
}
