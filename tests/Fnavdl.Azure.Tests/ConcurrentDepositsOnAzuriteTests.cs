using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// Eight deposits of one region committed at once on Azurite, several Function instances' worth: they take
/// turns on the region's lease and the manifest's ETag, and every unit ends with its newest upload.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrentDepositsOnAzuriteTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fnavdl-concurrent-azure-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Eight_deposits_of_one_region_at_once_end_with_the_newest_upload_of_each_unit()
    {
        var pipeline = await PipelineOnAzurite.CreateAsync(azurite);
        foreach (var deposit in ConcurrentDeposits.Deposits)
            await pipeline.UploadAsync(deposit.Path, deposit.Content);

        // A store object per delivery, as separate Function instances would have.
        await ConcurrentDeposits.RunAsync(pipeline.Store, () => new UploadIngestionService(
            new AzurePipelineStore(azurite.BlobService, azurite.TableService, pipeline.Store.Names), AdministrativeReference.Embedded,
            IngestionOptions.Default with { TempFolder = _temp }, TimeProvider.System));
    }
}
