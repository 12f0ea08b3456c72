using Fnavdl.Core.Tests.Support;
using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Xunit.Abstractions;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// 200 uploads across the 18 regions — valid files, invalid ones, identical copies under other
/// names, and duplicate deliveries — processed 8 at a time, as a burst of Event Grid deliveries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LoadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Uploads = 200;
    private const int RowsPerFile = 5;

    private sealed record Upload(BlobClient Blob, string Region, string Appel, bool Valid);

    [Fact]
    public async Task Two_hundred_uploads_with_8_way_concurrency_end_with_every_valid_row_exactly_once()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var regions = AdministrativeReference.Embedded.Regions.Select(r => r.Code).ToList();
        var uploads = new List<Upload>();
        for (var i = 0; i < Uploads; i++)
        {
            var region = regions[i % regions.Count];
            if (i % 10 == 9)
            {
                // An identical copy of the latest valid file, under another name in its region's folder.
                var original = uploads.Last(u => u.Valid);
                var content = (await original.Blob.DownloadContentAsync()).Value.Content.ToArray();
                uploads.Add(original with { Blob = await pipeline.UploadAsync($"{original.Region}/copie-{i}.csv", content) });
                continue;
            }
            var appel = $"AAP charge {i}";
            var valid = i % 10 != 7;
            var bytes = valid ? ProjetsFiles.Valid(region, appel, RowsPerFile) : ProjetsFiles.Invalid(region, appel);
            uploads.Add(new Upload(await pipeline.UploadAsync($"{region}/lot/{i}.csv", bytes), region, appel, valid));
        }
        // At-least-once: a tenth of the events arrive twice.
        var deliveries = uploads.Select(u => u.Blob).Concat(uploads.Where((_, i) => i % 10 == 3).Select(u => u.Blob))
            .OrderBy(b => b.Name.GetHashCode(StringComparison.Ordinal)).ToList();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (blob, ct) => await pipeline.Function().Run(blob, new TestFunctionContext(ct)));
        clock.Stop();
        output.WriteLine($"{deliveries.Count} deliveries of {Uploads} uploads, 8-way: {clock.Elapsed.TotalSeconds:N1} s");

        var curated = await pipeline.DownloadCuratedAsync();
        var perCall = DuckDb.Run($"select code_region, appel_a_projets, count(*) from {DuckDb.Table(curated, "projets")} group by all")
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => Convert.ToInt64(r[2], CultureInfo.InvariantCulture));
        var expected = uploads.Where(u => u.Valid).Select(u => (u.Region, u.Appel)).Distinct().ToList();
        Assert.Equal(expected.Order(), perCall.Keys.Order());
        Assert.All(perCall.Values, count => Assert.Equal(RowsPerFile, count));

        var log = await pipeline.LogAsync();
        foreach (var invalid in uploads.Where(u => !u.Valid))
        {
            var rejected = Assert.Single(log, r => r.SourcePath == invalid.Blob.Name && r.Outcome == IngestionOutcome.Rejected);
            Assert.NotNull(await pipeline.Store.Reports.OpenReadAsync(rejected.ReportPath!));
        }
        Assert.DoesNotContain(log, r => r.Outcome == IngestionOutcome.Failed);
        Assert.Equal(uploads.Count(u => u.Valid), log.Where(r => r.Outcome != IngestionOutcome.Rejected).Select(r => r.SourcePath).Distinct().Count());
    }
}
