using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// The work area holds every upload while it is read: on a shared machine nobody else may read it or
/// steer it elsewhere. Its fixed name can be taken first by someone else (a link to a folder they read,
/// their own folder, a folder left open): each is refused, never followed, changed or deleted; what the
/// pipeline creates there is its user's alone (folders 0700, files 0600), and a killed run's spool is swept.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PrivateWorkAreaTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Open = (UnixFileMode)0x1FF;

    // Created 0700 (mkdtemp): only this test's files, whatever else runs on the machine.
    private readonly string _dir = Directory.CreateTempSubdirectory("fnavdl-area-tests-").FullName;
    private readonly TempStore _store = new();
    private readonly List<Process> _holders = [];

    public void Dispose()
    {
        foreach (var holder in _holders)
        {
            if (!holder.HasExited) holder.Kill();
            holder.Dispose();
        }
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private UploadIngestionService Ingestion(string tempFolder) =>
        new(_store.Store, AdministrativeReference.Embedded, IngestionOptions.Default with { TempFolder = tempFolder }, TimeProvider.System);

    private async Task<UploadRef> ValidUploadAsync() => await _store.UploadAsync("93/2021/projets.csv", Csv.Projets(Csv.Projet("P1")));

    [Fact]
    public async Task A_link_planted_at_the_work_area_is_refused_and_the_folder_it_names_gets_nothing()
    {
        // Another user's folder that anyone may read, and a link to it where fnavdl would make its area.
        var readable = Path.Combine(_dir, "readable-by-others");
        Directory.CreateDirectory(readable);
        File.SetUnixFileMode(readable, Open);
        var area = Path.Combine(_dir, "fnavdl-work-1000");
        File.CreateSymbolicLink(area, readable);

        var refused = await Assert.ThrowsAnyAsync<IOException>(async () => await Ingestion(area).IngestAsync(await ValidUploadAsync()));

        Assert.Contains("lien symbolique", refused.Message, StringComparison.Ordinal);
        Assert.Contains(area, refused.Message, StringComparison.Ordinal);
        Assert.Throws<UnsafeWorkAreaException>(() => WorkFolder.Create(area));
        Assert.Throws<UnsafeWorkAreaException>(() => PrivateWorkArea.CreateSpoolFile(area));
        Assert.Empty(Directory.EnumerateFileSystemEntries(readable));
        Assert.Equal(readable, new FileInfo(area).LinkTarget);
        Assert.Equal(Open, File.GetUnixFileMode(readable));
    }

    [Fact]
    public void A_dangling_link_is_refused_and_its_target_never_made()
    {
        var target = Path.Combine(_dir, "made-by-following");
        var area = Path.Combine(_dir, "area");
        File.CreateSymbolicLink(area, target);

        var refused = Assert.ThrowsAny<IOException>(() => WorkFolder.Create(area));

        Assert.Contains("lien symbolique", refused.Message, StringComparison.Ordinal);
        Assert.False(Path.Exists(target));
    }

    [Fact]
    public async Task A_folder_of_this_user_that_others_may_read_is_refused_and_left_as_it_is()
    {
        var area = Path.Combine(_dir, "area");
        Directory.CreateDirectory(area);
        File.SetUnixFileMode(area, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var refused = await Assert.ThrowsAnyAsync<IOException>(async () => await Ingestion(area).IngestAsync(await ValidUploadAsync()));

        Assert.Contains("ses droits sont 755 au lieu de 700", refused.Message, StringComparison.Ordinal);
        Assert.Equal((UnixFileMode)0x1ED, File.GetUnixFileMode(area));
        Assert.Empty(Directory.EnumerateFileSystemEntries(area));
    }

    [Fact]
    public void A_folder_of_another_user_is_refused_and_never_changed()
    {
        string area;
        if (ProcessUid() == 0)
        {
            // As root (CI), a private folder handed to another user (nobody): root could write in it, and its owner read.
            area = Path.Combine(_dir, "nobody-s");
            Directory.CreateDirectory(area, Private);
            Run("/usr/bin/chown", "65534", area);
        }
        else
        {
            // Not root: a folder that exists and is root's.
            area = "/";
        }
        var before = (File.GetUnixFileMode(area), Directory.GetFileSystemEntries(area).Length);

        var refused = Assert.Throws<UnsafeWorkAreaException>(() => WorkFolder.Create(area));

        Assert.Contains("il appartient à un autre utilisateur", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, (File.GetUnixFileMode(area), Directory.GetFileSystemEntries(area).Length));
    }

    [Fact]
    public void A_file_at_the_work_area_is_refused()
    {
        var area = Path.Combine(_dir, "area");
        File.WriteAllText(area, "x");

        var refused = Assert.Throws<UnsafeWorkAreaException>(() => PrivateWorkArea.Open(area));

        Assert.Contains("ce n'est pas un dossier", refused.Message, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(area));
    }

    [Fact]
    public async Task The_area_its_folders_and_the_spooled_upload_are_readable_by_this_user_only()
    {
        var area = Path.Combine(_dir, "new-area");

        using (var work = WorkFolder.Create(area))
        await using (var spooled = await SpooledUpload.CreateAsync(new MemoryStream(Encoding.UTF8.GetBytes("a;b\n")), work.PathOf("upload"), 1 << 20, CancellationToken.None))
        {
            Assert.Equal(Private, File.GetUnixFileMode(area));
            Assert.Equal(Private, File.GetUnixFileMode(work.Path));
            Assert.Equal(PrivateFile, File.GetUnixFileMode(work.Path + ".lock"));
            Assert.Equal(PrivateFile, File.GetUnixFileMode(spooled.File.Name));
        }

        // An ingestion in it: accepted, and nothing left behind.
        var record = await Ingestion(area).IngestAsync(await ValidUploadAsync());
        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Empty(Directory.EnumerateFileSystemEntries(area));
    }

    [Fact]
    public void The_default_area_is_per_user_in_the_temp_folder_and_private()
    {
        var area = PrivateWorkArea.Open();

        Assert.Equal(Path.Combine(Path.GetTempPath(), $"fnavdl-work-{ProcessUid()}"), area);
        Assert.Equal(Private, File.GetUnixFileMode(area));
        Assert.Null(new DirectoryInfo(area).LinkTarget);
    }

    [Fact]
    public async Task A_spool_file_is_private_held_while_open_and_gone_when_closed()
    {
        string path;
        await using (var spool = PrivateWorkArea.CreateSpoolFile(_dir))
        {
            path = spool.Name;
            Assert.Equal(_dir, Path.GetDirectoryName(path));
            Assert.Equal(PrivateFile, File.GetUnixFileMode(path));
            // Held: another opener (a sweep) cannot take it.
            Assert.ThrowsAny<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());
        }
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_spool_file_whose_process_was_killed_is_swept_by_the_next_run_and_a_live_or_young_one_is_not()
    {
        var area = PrivateWorkArea.Open(Path.Combine(_dir, "area"));
        var old = DateTime.UtcNow - WorkFolder.OrphanLockAge - TimeSpan.FromSeconds(5);
        // Left by a process killed with SIGKILL (no delete-on-close): nobody holds it.
        var dead = Path.Combine(area, "dead.spool");
        File.WriteAllText(dead, "upload");
        File.SetLastWriteTimeUtc(dead, old);
        // Held by another live process, as a front door receiving an upload holds its spool.
        var held = Path.Combine(area, "held.spool");
        File.WriteAllText(held, "upload");
        File.SetLastWriteTimeUtc(held, old);
        var holder = await HoldAsync(held);
        // Just created, its creator between creating and locking it.
        var young = Path.Combine(area, "young.spool");
        File.WriteAllText(young, "upload");

        using (WorkFolder.Create(area)) { }

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(held));
        Assert.True(File.Exists(young));

        holder.Kill();
        await holder.WaitForExitAsync();
        await PrivateWorkArea.CreateSpoolFile(area).DisposeAsync();

        Assert.False(File.Exists(held));
        Assert.True(File.Exists(young));
    }

    /// <summary>A separate process that locks <paramref name="path"/> as .NET's FileShare.None does (flock), until killed.</summary>
    private async Task<Process> HoldAsync(string path)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "exec 9<>\"$0\" && /usr/bin/flock -x 9 && echo held && exec sleep 600", path })
            start.ArgumentList.Add(argument);
        var holder = Process.Start(start)!;
        _holders.Add(holder);
        Assert.Equal("held", await holder.StandardOutput.ReadLineAsync());
        return holder;
    }

    private static uint ProcessUid()
    {
        var status = File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return uint.Parse(status.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
