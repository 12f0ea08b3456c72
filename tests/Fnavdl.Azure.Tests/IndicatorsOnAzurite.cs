using Azure.Storage.Blobs;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;
using Fnavdl.Functions;
using Microsoft.Extensions.Logging.Abstractions;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Ingestion;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// A pipeline on Azurite with the indicator refresh wired as the Function app wires it: ingestion then
/// request (delayed queue message), the queue function, the lookup table. Recomputes are counted.
/// </summary>
internal sealed class IndicatorsOnAzurite
{
    private IndicatorsOnAzurite(PipelineOnAzurite pipeline, AzureIndicatorStorage storage, TimeSpan delay)
    {
        Pipeline = pipeline;
        Storage = storage;
        Index = new CountingIndex(storage.Index);
        Requester = new IndicatorRefreshRequester(storage.Ledger, storage.Queue, pipeline.Store.Log, delay);
        Recompute = new IndicatorRecomputeService(pipeline.Store, storage.Ledger, Index, new PipelineServices(pipeline.Store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System).Indicators);
    }

    public PipelineOnAzurite Pipeline { get; }
    public AzurePipelineStore Store => Pipeline.Store;
    public AzureIndicatorStorage Storage { get; }
    public CountingIndex Index { get; }
    public IndicatorRefreshRequester Requester { get; }
    public IndicatorRecomputeService Recompute { get; }

    public static async Task<IndicatorsOnAzurite> CreateAsync(AzuriteFixture azurite, TimeSpan? delay = null)
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        var storage = new AzureIndicatorStorage(pipeline.Store, AzureStorageConnection.FromConnectionString(azurite.ConnectionString));
        await storage.EnsureCreatedAsync();
        return new IndicatorsOnAzurite(pipeline, storage, delay ?? TimeSpan.Zero);
    }

    public IngestUpload IngestFunction(IRecomputeQueue? queue = null) => new(
        new IngestAndSchedule(new PipelineServices(Store, AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System).Ingestion,
            queue is null ? Requester : new IndicatorRefreshRequester(Storage.Ledger, queue, Store.Log, TimeSpan.Zero)),
        NullLogger<IngestUpload>.Instance);

    public RecomputeIndicators RecomputeFunction() => new(Recompute, NullLogger<RecomputeIndicators>.Instance);

    public Task IngestAsync(BlobClient blob) => IngestFunction().Run(blob, new TestFunctionContext());

    /// <summary>
    /// Plays the Functions host's queue listener: takes visible messages (up to 16 at once, run
    /// concurrently), calls the function, deletes them; until no message is left, visible or not.
    /// Returns how many messages it handled.
    /// </summary>
    public async Task<int> DrainQueueAsync(TimeSpan timeout, Func<bool>? producing = null)
    {
        producing ??= () => false;
        var queue = Storage.Queue.Queue;
        var function = RecomputeFunction();
        var handled = 0;
        var deadline = DateTime.UtcNow + timeout;
        while (producing() || (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The recompute queue did not drain.");
            var messages = (await queue.ReceiveMessagesAsync(maxMessages: 16, visibilityTimeout: TimeSpan.FromMinutes(1))).Value;
            if (messages.Length == 0)
            {
                await Task.Delay(200);
                continue;
            }
            await Task.WhenAll(messages.Select(async m =>
            {
                await function.Run(m.Body.ToString(), new TestFunctionContext());
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
            }));
            handled += messages.Length;
        }
        return handled;
    }

    public async Task<IReadOnlyList<IndicatorRow>> GoldAsync(int annee)
    {
        await using var content = await Store.Gold.OpenReadAsync(GoldLayout.IndicateursFile(annee))
            ?? throw new FileNotFoundException(GoldLayout.IndicateursFile(annee));
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        buffer.Position = 0;
        return await IndicatorFile.ReadAsync(buffer);
    }

    /// <summary>Counts the recomputes that reached the index (one per recompute that ran).</summary>
    internal sealed class CountingIndex(IIndicatorIndex inner) : IIndicatorIndex
    {
        private int _replacements;

        public int Replacements => Volatile.Read(ref _replacements);

        public Task ReplaceYearAsync(int annee, IReadOnlyList<IndicatorRow> rows, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _replacements);
            return inner.ReplaceYearAsync(annee, rows, cancellationToken);
        }

        public Task<IReadOnlyList<IndicatorRow>> QueryAsync(int annee, string? perimetre, string? codeRegion, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(annee, perimetre, codeRegion, cancellationToken);
    }
}
