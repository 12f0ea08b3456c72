using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Tests.Http;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>The template route: the format asked for, named for download, or a French refusal.</summary>
public sealed class TemplateRouteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fnavdl-template-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<Answered> TemplateAsync(string format)
    {
        var handlers = TestHandlers.Create(new LocalPipelineStore(_root), new LocalCallers("93", AdministrativeReference.Embedded), new DoubleSubmitGuard());
        var context = HttpExchange.Request("GET", $"http://127.0.0.1/api/modele?type=suivi&format={format}");
        return await context.AnswerAsync(handlers.Template(context.Request));
    }

    [Theory]
    [InlineData("", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "modele-suivi-93.xlsx")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "modele-suivi-93.xlsx")]
    [InlineData("ods", "application/vnd.oasis.opendocument.spreadsheet", "modele-suivi-93.ods")]
    public async Task The_front_door_answers_the_template_in_the_format_asked(string format, string mediaType, string fileName)
    {
        var response = await TemplateAsync(format);

        Assert.Equal(200, response.Status);
        Assert.Equal(mediaType, response.ContentType);
        Assert.Equal($"attachment; filename=\"{fileName}\"", response.Headers.ContentDisposition.ToString());
        IReportReader reader = format == "ods" ? new OdsReportReader() : new XlsxReportReader();
        var first = reader.Read(new MemoryStream(response.Body), new ReadBudget(ReadLimits.Default)).First().Rows.First(r => !r.IsBlank);
        Assert.Equal("Année", first.Cells[0].Text);
    }

    [Fact]
    public async Task An_unknown_template_format_is_refused_in_French()
    {
        var response = await TemplateAsync("pdf");

        Assert.Equal(400, response.Status);
        Assert.Contains("format=xlsx (Excel) ou ods (LibreOffice)", response.Text);
    }
}
