using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Tests.Reading;

public sealed class ReportReadersTests
{
    [Theory]
    [InlineData("uploads/11/2024/projets.csv", typeof(CsvReportReader))]
    [InlineData("uploads/11/suivi.TXT", typeof(CsvReportReader))]
    [InlineData("uploads/53/rapport 2024.XLSX", typeof(XlsxReportReader))]
    [InlineData("uploads/53/rapport 2024.xlsm", typeof(XlsxReportReader))]
    [InlineData("uploads/53/rapport 2024.XLSM", typeof(XlsxReportReader))]
    [InlineData("uploads/53/rapport 2003.xls", typeof(XlsReportReader))]
    [InlineData("uploads/53/rapport 2003.XLS", typeof(XlsReportReader))]
    [InlineData("uploads/53/rapport 2024.xlsb", typeof(XlsbReportReader))]
    [InlineData("uploads/84/bilan 2024.ODS", typeof(OdsReportReader))]
    [InlineData("projets.Json", typeof(JsonReportReader))]
    public void Chooses_by_extension_ignoring_case(string path, Type expected) =>
        Assert.IsType(expected, ReportReaders.ForPath(path));

    [Theory]
    [InlineData("rapport.xlt")]
    [InlineData("rapport.fods")]
    [InlineData("rapport.ots")]
    [InlineData("rapport.csv.zip")]
    [InlineData("rapport")]
    public void Other_formats_have_no_reader(string path) => Assert.Null(ReportReaders.ForPath(path));

    [Fact]
    public void The_formats_named_to_people_are_the_formats_read()
    {
        Assert.Equal("CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON", FileFormats.Names);
        Assert.Contains(".xlsm", FileFormats.Extensions);
        Assert.Contains(".xls", FileFormats.Extensions);
        Assert.Contains(".xlsb", FileFormats.Extensions);
    }
}
