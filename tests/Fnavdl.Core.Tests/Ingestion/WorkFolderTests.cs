using Fnavdl.Core.Ingestion;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>
/// Concurrent ingestions share one temp parent and each sweeps it on start: a sweep must delete
/// only what a dead run left, never a live run's folder, however the creations and sweeps interleave.
/// </summary>
public sealed class WorkFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("fnavdl-workfolder-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task A_live_folder_survives_every_concurrent_creation_and_sweep()
    {
        const int Workers = 8;
        const int FoldersPerWorker = 300;
        var lost = 0;

        await Parallel.ForAsync(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (_, ct) =>
        {
            for (var i = 0; i < FoldersPerWorker; i++)
            {
                using var work = WorkFolder.Create(_parent);
                var file = work.PathOf("staged.parquet");
                try
                {
                    await File.WriteAllTextAsync(file, "v", ct);
                    WorkFolder.SweepAbandoned(_parent);
                    await Task.Yield();
                    if (await File.ReadAllTextAsync(file, ct) != "v") Interlocked.Increment(ref lost);
                }
                catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
                {
                    Interlocked.Increment(ref lost);
                }
            }
        });

        Assert.Equal(0, lost);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_parent));
    }

    [Fact]
    public void A_folder_whose_process_died_is_swept_with_its_lock_and_a_held_or_just_created_one_is_not()
    {
        using var live = WorkFolder.Create(_parent);
        var dead = Path.Combine(_parent, "dead");
        Directory.CreateDirectory(dead);
        File.WriteAllText(dead + ".lock", "");
        Directory.CreateDirectory(Path.Combine(_parent, "dead-before-its-lock"));
        var orphan = Path.Combine(_parent, "orphan.lock");
        File.WriteAllText(orphan, "");
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow - WorkFolder.OrphanLockAge - TimeSpan.FromSeconds(1));
        // A creator's lock between its two steps: too young to be taken for a dead run's.
        var creating = Path.Combine(_parent, "creating.lock");
        File.WriteAllText(creating, "");

        Assert.Equal(2, WorkFolder.SweepAbandoned(_parent));

        Assert.Equal(
            new[] { creating, live.Path, live.Path + ".lock" }.Order(StringComparer.Ordinal),
            Directory.EnumerateFileSystemEntries(_parent).Order(StringComparer.Ordinal));
    }
}
