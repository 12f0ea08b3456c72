using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Xunit.Abstractions;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RecomputeIndicatorsTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static IReadOnlyList<string> Regions => [.. AdministrativeReference.Embedded.Regions.Select(r => r.Code)];

    private static async Task<IReadOnlyList<IndicatorRow>> FreshAsync(IndicatorsOnAzurite azure) =>
        await new IndicatorEngine(AdministrativeReference.Embedded).ComputeAsync(azure.Store, 2021);

    [Fact]
    public async Task A_burst_of_18_accepted_uploads_ends_in_one_recompute_that_sees_every_file()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite, delay: TimeSpan.FromSeconds(1));
        Assert.Equal(18, Regions.Count);
        var blobs = new List<global::Azure.Storage.Blobs.BlobClient>();
        foreach (var region in Regions)
            blobs.Add(await azure.Pipeline.UploadAsync($"{region}/2021/projets.csv", ProjetsFiles.Valid(region, $"AAP {region}", 3)));

        await Parallel.ForEachAsync(blobs, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (blob, _) => await azure.IngestAsync(blob));
        var messages = await azure.DrainQueueAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(18, messages);
        Assert.Equal(1, azure.Index.Replacements);
        var gold = await azure.GoldAsync(2021);
        Assert.Equal(await FreshAsync(azure), gold);
        Assert.Equal(18 * 3, gold.Single(r => r.Perimetre == Perimetres.National && r.Indicateur == "nb_projets").Valeur);
        Assert.Equal(Regions.Order(), gold.Where(r => r.Perimetre == Perimetres.Region && r.Indicateur == "nb_projets").Select(r => r.CodeRegion!).Order());
        Assert.Equal(new RecomputeState(18, 18), await azure.Storage.Ledger.GetAsync(2021));
    }

    [Fact]
    public async Task Recomputes_running_during_the_burst_stay_few_and_the_last_one_sees_every_file()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite, delay: TimeSpan.FromSeconds(1));
        var blobs = new List<global::Azure.Storage.Blobs.BlobClient>();
        foreach (var region in Regions)
            blobs.Add(await azure.Pipeline.UploadAsync($"{region}/2021/projets.csv", ProjetsFiles.Valid(region, $"AAP {region}", 3)));

        var ingesting = 1;
        var burst = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(blobs, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (blob, _) => await azure.IngestAsync(blob));
            }
            finally
            {
                Volatile.Write(ref ingesting, 0);
            }
        });
        var messages = await azure.DrainQueueAsync(TimeSpan.FromMinutes(2), () => Volatile.Read(ref ingesting) == 1);
        await burst;

        output.WriteLine($"{messages} requests, {azure.Index.Replacements} recomputes");
        Assert.Equal(18, messages);
        Assert.InRange(azure.Index.Replacements, 1, 17);
        Assert.Equal(await FreshAsync(azure), await azure.GoldAsync(2021));
        Assert.Equal(await FreshAsync(azure), await azure.Storage.Index.QueryAsync(2021, null, null));
    }

    [Fact]
    public async Task A_request_covered_by_a_later_recompute_is_dropped()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        var first = await azure.Storage.Ledger.MarkRequestedAsync(2021);
        var second = await azure.Storage.Ledger.MarkRequestedAsync(2021);

        var later = await azure.Recompute.HandleAsync(new RecomputeRequest(2021, second));
        var earlier = await azure.Recompute.HandleAsync(new RecomputeRequest(2021, first));
        var again = await azure.Recompute.HandleAsync(new RecomputeRequest(2021, second));

        Assert.True(later.Computed);
        Assert.Equal(2, later.CoveredGeneration);
        Assert.False(earlier.Computed);
        Assert.False(again.Computed);
        Assert.Equal(1, azure.Index.Replacements);
    }

    [Fact]
    public async Task A_rejected_upload_requests_nothing_and_an_accepted_one_requests_its_year()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        await azure.IngestAsync(await azure.Pipeline.UploadAsync("93/faux.csv", ProjetsFiles.Invalid("93", "AAP 93")));
        Assert.Equal(0, (await azure.Storage.Queue.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        await azure.IngestAsync(await azure.Pipeline.UploadAsync("93/bon.csv", ProjetsFiles.Valid("93", "AAP 93", 2)));

        var message = Assert.Single((await azure.Storage.Queue.Queue.ReceiveMessagesAsync(maxMessages: 10)).Value);
        Assert.Equal(new RecomputeRequest(2021, 1), AzureRecomputeQueue.Deserialize(message.Body.ToString()));
    }

    private sealed class FailingOnceQueue(IRecomputeQueue inner) : IRecomputeQueue
    {
        private int _calls;

        public Task EnqueueAsync(RecomputeRequest request, TimeSpan delay, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("queue unavailable")
                : inner.EnqueueAsync(request, delay, cancellationToken);
    }

    [Fact]
    public async Task A_lost_request_is_made_again_when_the_trigger_retries_the_accepted_upload()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        var blob = await azure.Pipeline.UploadAsync("93/bon.csv", ProjetsFiles.Valid("93", "AAP 93", 2));
        var function = azure.IngestFunction(new FailingOnceQueue(azure.Storage.Queue));

        await Assert.ThrowsAsync<InvalidOperationException>(() => function.Run(blob, new TestFunctionContext()));
        await function.Run(blob, new TestFunctionContext());

        Assert.Equal(IngestionOutcome.Unchanged, (await azure.Pipeline.LogAsync("93")).Last().Outcome);
        Assert.Equal(1, await azure.DrainQueueAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, (await azure.GoldAsync(2021)).Single(r => r.Perimetre == Perimetres.National && r.Indicateur == "nb_projets").Valeur);
    }

    [Fact]
    public async Task The_table_holds_exactly_the_latest_rows_of_a_year()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        var index = azure.Storage.Index;
        IndicatorRow Row(string indicateur, double valeur, string? region = null) =>
            new(2021, region is null ? Perimetres.National : Perimetres.Region, region, null, indicateur, null, valeur, null, null, Unites.Projets);

        await index.ReplaceYearAsync(2021, [Row("nb_projets", 5), Row("nb_projets", 2, "93"), Row("nb_projets", 3, "2A/x|y")]);
        await index.ReplaceYearAsync(2021, [Row("nb_projets", 7), Row("nb_projets", 7, "93")]);
        await index.ReplaceYearAsync(2022, [Row("nb_projets", 1) with { Annee = 2022 }]);

        Assert.Equal([Row("nb_projets", 7), Row("nb_projets", 7, "93")], await index.QueryAsync(2021, null, null));
        Assert.Equal([Row("nb_projets", 7, "93")], await index.QueryAsync(2021, Perimetres.Region, "93"));
        Assert.Single(await index.QueryAsync(2022, null, null));
    }

    [Fact]
    public async Task Messages_are_base64_json_as_the_queue_trigger_expects_and_stay_hidden_for_the_delay()
    {
        var azure = await IndicatorsOnAzurite.CreateAsync(azurite);
        await azure.Storage.Queue.EnqueueAsync(new RecomputeRequest(2021, 3), TimeSpan.FromSeconds(2));
        var plain = new global::Azure.Storage.Queues.QueueClient(azurite.ConnectionString, azure.Storage.Queue.Queue.Name);

        Assert.Empty((await plain.ReceiveMessagesAsync()).Value);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var raw = Assert.Single((await plain.ReceiveMessagesAsync()).Value).Body.ToString();

        Assert.Equal("""{"annee":2021,"generation":3}""", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(raw)));
    }

    [Theory]
    [InlineData(new[] { "projets/annee=2021/code_region=93/appel=x", "suivi/annee=2022/code_region=93", "enveloppes/annee=2021/code_region=93" }, new[] { 2021, 2022 })]
    [InlineData(new[] { "projets/code_region=93" }, new int[0])]
    public void Affected_years_come_from_the_annee_segment_of_unit_keys(string[] units, int[] years) =>
        Assert.Equal(years, AffectedYears.Of(units));
}
