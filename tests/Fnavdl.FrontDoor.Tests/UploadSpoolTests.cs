using System.Runtime.Versioning;
using System.Text;
using Fnavdl.Tests.Http;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// The front door's copy of a file being deposited or checked lives in the user's private work area
/// (<c>{temp}/fnavdl-work-{uid}</c>, 0700), readable by that user alone, and is gone once answered.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class UploadSpoolTests
{
    [Fact]
    public async Task An_upload_is_spooled_0600_in_the_private_work_area_and_deleted_after()
    {
        var request = HttpExchange.Request("POST", "http://127.0.0.1/api/validation")
            .WithFile("projets.csv", Encoding.UTF8.GetBytes("Année;N° projet\r\n2021;P1\r\n")).Request;

        var (upload, problem) = await UploadedFile.ReadAsync(request, 1 << 20, CancellationToken.None);

        Assert.Null(problem);
        Assert.NotNull(upload);
        string spool;
        await using (upload)
        {
            spool = upload.Content.Name;
            var area = Path.GetDirectoryName(spool)!;
            Assert.Equal(Path.Combine(Path.GetTempPath(), $"fnavdl-work-{EffectiveUid()}"), area);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(area));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(spool));
            Assert.Equal("Année;N° projet\r\n2021;P1\r\n", await new StreamReader(upload.Content).ReadToEndAsync());
        }
        Assert.False(File.Exists(spool));
    }

    private static string EffectiveUid() =>
        File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2];
}
