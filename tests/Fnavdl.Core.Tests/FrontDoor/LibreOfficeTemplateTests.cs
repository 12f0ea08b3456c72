using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Templates;
using Fnavdl.Core.Tests.Support;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.FrontDoor;

/// <summary>
/// Both templates opened by LibreOffice Calc (headless, tests/install-libreoffice.sh), the tool most
/// ministries run: each sheet saved as CSV shows the same cells, and the ODS saved as XLSX keeps every
/// drop-down. (The frozen header is a view setting, which headless LibreOffice neither loads nor writes.)
/// Fails, never skips, without LibreOffice.
/// </summary>
public sealed class LibreOfficeTemplateTests(ITestOutputHelper output) : IDisposable
{
    private const string Soffice = "/usr/bin/soffice";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("fnavdl-modele-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task LibreOffice_opens_the_XLSX_and_ODS_templates_and_shows_the_same_header_lists_and_notice()
    {
        var xlsx = Path.Combine(_work.FullName, "modele-xlsx.xlsx");
        var ods = Path.Combine(_work.FullName, "modele-ods.ods");
        await File.WriteAllBytesAsync(xlsx, TemplateWorkbook.Build(ReportKind.Projets, "93", AdministrativeReference.Embedded));
        await File.WriteAllBytesAsync(ods, TemplateOds.Build(ReportKind.Projets, "93", AdministrativeReference.Embedded));

        // 44: comma, 34: quotes, 76: UTF-8, then "save cell contents as shown", -1: every sheet to its own file.
        var said = await ConvertAsync("\"csv:Text - txt - csv (StarCalc):44,34,76,1,,1036,false,true,true,false,false,-1\"", xlsx, ods);
        var csv = Directory.GetFiles(Path.Combine(_work.FullName, "out")).ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        Assert.True(csv.Count == 6, $"LibreOffice wrote {string.Join(", ", csv.Keys)}; it said:\n{said}");

        var header = string.Join(",", TemplateColumns.Projets.Select(c => c.Header.Contains(',', StringComparison.Ordinal) ? $"\"{c.Header}\"" : c.Header));
        Assert.StartsWith(header + "\n", csv["modele-ods-Projets"].ReplaceLineEndings("\n"));
        Assert.StartsWith(header + "\n", csv["modele-xlsx-Projets"].ReplaceLineEndings("\n"));
        foreach (var sheet in new[] { "Projets", TemplateContent.NoticeSheet, TemplateContent.ListsSheet })
            Assert.Equal(csv[$"modele-xlsx-{sheet}"], csv[$"modele-ods-{sheet}"]);
        Assert.Contains("13 — Bouches-du-Rhône", csv["modele-ods-Listes"]);
        Assert.Contains("Modèle FNAVDL « projets » — région 93 (Provence-Alpes-Côte d'Azur)", csv["modele-ods-Notice"]);
    }

    [Fact]
    public async Task LibreOffice_reads_every_drop_down_of_the_ODS_template()
    {
        var ods = Path.Combine(_work.FullName, "modele.ods");
        await File.WriteAllBytesAsync(ods, TemplateOds.Build(ReportKind.Projets, "93", AdministrativeReference.Embedded));

        var said = await ConvertAsync("xlsx", ods);
        var saved = Path.Combine(_work.FullName, "out", "modele.xlsx");
        Assert.True(File.Exists(saved), $"LibreOffice wrote no XLSX; it said:\n{said}");

        using var document = SpreadsheetDocument.Open(saved, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["Projets", "Notice", "Listes"], workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        var data = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().First().Id!);
        var validations = data.Worksheet.Descendants<DataValidation>().ToList();
        var lists = validations.Where(v => v.Type?.Value == DataValidationValues.List).ToList();
        // type_porteur, types_co_porteurs, co_portage, thematiques, departements, epci, volet.
        Assert.Equal(7, lists.Count);
        Assert.All(lists, v => Assert.Contains("Listes", v.Formula1!.Text, StringComparison.Ordinal));
        Assert.Contains(lists, v => (v.SequenceOfReferences?.InnerText ?? "").Contains("G2:G1001", StringComparison.Ordinal));
    }

    private async Task<string> ConvertAsync(string filter, params string[] files)
    {
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: run tests/install-libreoffice.sh (apt-get install -y libreoffice-calc-nogui).");
        var (stdout, stderr) = await ExternalProgram.RunAsync(Soffice,
            $"-env:UserInstallation=file://{_work.FullName}/profil --headless --convert-to {filter} --outdir {_work.FullName}/out {string.Join(' ', files)}",
            TimeSpan.FromSeconds(180));
        output.WriteLine(stdout + stderr);
        return stdout + stderr;
    }
}
