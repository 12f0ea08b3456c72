using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Cli.Tests;

/// <summary>
/// Opens a CSV or XLSX file in LibreOffice Calc (headless, Debian's libreoffice-calc-nogui, installed by
/// .ci/run) the way a French user would — CSV read with ';', UTF-8, French number rules, and formulas
/// evaluated as Excel does — saves what Calc made of it as XLSX, and reads that back cell by cell.
/// </summary>
internal static class LibreOfficeCalc
{
    /// <summary>One cell as Calc holds it: a formula, a number or a text.</summary>
    public sealed record CalcCell(string Reference, string? Text, double? Number, string? Formula);

    // Separator ';', quote '"', UTF-8 (76), from line 1, standard cells, French (1036), quoted fields not
    // forced to text, detect special numbers, …, 13th token: evaluate formulas (as Excel does on opening).
    private const string FrenchCsv = "CSV:59,34,76,1,,1036,false,true,false,false,false,false,true";

    public static async Task<IReadOnlyList<IReadOnlyList<CalcCell>>> OpenAsync(string file)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice introuvable : apt-get install -y libreoffice-calc-nogui (voir .ci/run).");
        var work = Path.Combine(Path.GetTempPath(), "fnavdl-calc", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(output);
        try
        {
            // A profile of its own: several Calc instances (parallel tests) cannot share one.
            List<string> arguments = [$"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore", "--nologo"];
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) arguments.Add($"--infilter={FrenchCsv}");
            arguments.AddRange(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, file]);
            var (stdout, stderr) = await ExternalProgram.RunAsync(soffice, arguments, TimeSpan.FromMinutes(3));
            var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(file) + ".xlsx");
            if (!File.Exists(converted))
                throw new InvalidOperationException($"LibreOffice n'a pas converti {file} : {stdout} {stderr}");
            return Read(converted);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The data rows, each cell under its header (first row); empty cells are absent.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, CalcCell>>> OpenTableAsync(string file)
    {
        var rows = await OpenAsync(file);
        var headers = rows[0].ToDictionary(c => Column(c.Reference), c => c.Text!);
        return [.. rows.Skip(1).Select(r => (IReadOnlyDictionary<string, CalcCell>)r.ToDictionary(c => headers[Column(c.Reference)]))];

        static string Column(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);
    }

    private static IReadOnlyList<IReadOnlyList<CalcCell>> Read(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => (IReadOnlyList<CalcCell>)[.. row.Elements<Cell>().Select(c =>
        {
            var value = c.CellValue?.Text;
            var formula = c.CellFormula?.Text;
            var type = c.DataType?.Value;
            if (type == CellValues.SharedString) return new CalcCell(c.CellReference!, strings[int.Parse(value!, CultureInfo.InvariantCulture)], null, formula);
            if (type == CellValues.InlineString) return new CalcCell(c.CellReference!, c.InlineString!.InnerText, null, formula);
            if (type == CellValues.String) return new CalcCell(c.CellReference!, value, null, formula);
            return new CalcCell(c.CellReference!, null, value is null ? null : double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), formula);
        })])];
    }
}
