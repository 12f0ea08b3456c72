using Fnavdl.Core.Indicators;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Summary;
using Fnavdl.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure.Tests;

/// <summary>The timer function called directly, on an Azurite-backed store with the samples ingested.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class YearlySummaryTimerTests(AzuriteFixture azurite)
{
    private static readonly YearlySummaryBuilder SummaryBuilder =
        new(new IndicatorEngine(AdministrativeReference.Embedded), AdministrativeReference.Embedded);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Publishes_the_previous_year_and_a_second_run_writes_identical_files()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "uploads"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "samples", "uploads"), file).Replace('\\', '/');
            await pipeline.DeliverAsync(await pipeline.UploadSampleAsync(path));
        }
        var logger = new RecordingLogger<YearlySummaryTimer>();
        var timer = new YearlySummaryTimer(new SummaryPublisher(pipeline.Store, SummaryBuilder), new FixedTime(new DateTimeOffset(2022, 1, 31, 6, 0, 0, TimeSpan.Zero)), logger);
        var info = new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Last = new DateTime(2021, 1, 31, 6, 0, 0, DateTimeKind.Utc) } };

        await timer.Run(info, new TestFunctionContext());
        var first = await SnapshotAsync(pipeline);
        await timer.Run(new TimerInfo(), new TestFunctionContext());
        var second = await SnapshotAsync(pipeline);

        Assert.Contains(SummaryLayout.Html(2021), first.Keys);
        Assert.Contains(SummaryLayout.Json(2021), first.Keys);
        Assert.Contains(SummaryLayout.ChiffresParquet(2021), first.Keys);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} changed between two runs");
        var json = SummaryJson.Read(first[SummaryLayout.Json(2021)]);
        Assert.Equal(67, json.Region("93", Fnavdl.Core.Indicators.Indicateurs.NbProjets)!.Valeur);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("past due"));
        Assert.Equal(2, logger.Entries.Count(e => e.Level == LogLevel.Information && e.Message.StartsWith("Published the yearly summary of 2021", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failure_is_logged_as_an_error_and_rethrown()
    {
        var logger = new RecordingLogger<YearlySummaryTimer>();
        var broken = new AzurePipelineStore(azurite.BlobService, azurite.TableService, StorageNames.Default.WithPrefix(AzuriteFixture.UniqueName("missing")));
        var timer = new YearlySummaryTimer(new SummaryPublisher(broken, SummaryBuilder), new FixedTime(new DateTimeOffset(2022, 1, 31, 6, 0, 0, TimeSpan.Zero)), logger);
        await Assert.ThrowsAnyAsync<Exception>(() => timer.Run(new TimerInfo(), new TestFunctionContext()));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("2021"));
    }

    [Fact]
    public void The_infra_default_schedule_is_the_apps()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.bicep"));
        Assert.Contains($"param yearlySummarySchedule string = '{YearlySummarySettings.DefaultSchedule}'", bicep);
    }

    private static async Task<Dictionary<string, byte[]>> SnapshotAsync(PipelineOnAzurite pipeline)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var file in pipeline.Store.Syntheses.ListAsync(""))
        {
            await using var content = (await pipeline.Store.Syntheses.OpenReadAsync(file.Path))!;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            files[file.Path] = buffer.ToArray();
        }
        return files;
    }
}
