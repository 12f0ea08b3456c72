using System.Text;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AzurePipelineStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EnsureCreated_creates_every_container_and_table_and_can_run_again()
    {
        var names = StorageNames.Default.WithPrefix(AzuriteFixture.UniqueName("s"));
        var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService, names);

        await store.EnsureCreatedAsync();
        await store.EnsureCreatedAsync();

        foreach (var container in new[] { names.Uploads, names.Raw, names.Curated, names.Reports, names.Locks })
            Assert.True((await azurite.BlobService.GetBlobContainerClient(container).ExistsAsync()).Value, container);
        var tables = await azurite.TableService.QueryAsync(t => t.Name == names.IngestionsTable || t.Name == names.IndicatorsTable)
            .Select(t => t.Name).ToListAsync();
        Assert.Equal(new[] { names.IndicatorsTable, names.IngestionsTable }.Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_areas_are_separate_containers()
    {
        var names = StorageNames.Default.WithPrefix(AzuriteFixture.UniqueName("s"));
        IPipelineStore store = new AzurePipelineStore(azurite.BlobService, azurite.TableService, names);
        await ((AzurePipelineStore)store).EnsureCreatedAsync();

        await store.Uploads.WriteAsync("93/f.csv", new MemoryStream(Encoding.UTF8.GetBytes("a;b")));

        Assert.NotNull(await store.Uploads.OpenReadAsync("93/f.csv"));
        Assert.Null(await store.Raw.OpenReadAsync("93/f.csv"));
        Assert.True((await azurite.BlobService.GetBlobContainerClient(names.Uploads).GetBlobClient("93/f.csv").ExistsAsync()).Value);
    }

    [Fact]
    public void Describe_gives_the_blob_url_of_a_path_in_an_area()
    {
        var store = new AzurePipelineStore(azurite.BlobService, azurite.TableService);

        Assert.Equal(
            $"http://127.0.0.1:{azurite.BlobPort}/devstoreaccount1/reports/93/2024/rapport.html",
            store.Describe("reports", "93/2024/rapport.html"));
    }

    [Fact]
    public void Default_names_are_the_documented_ones()
    {
        var names = StorageNames.Default;
        Assert.Equal(
            ["uploads", "raw", "curated", "reports", "ingestions", "locks"],
            [names.Uploads, names.Raw, names.Curated, names.Reports, names.IngestionsTable, names.Locks]);
    }

    [Theory]
    [InlineData("Test")]
    [InlineData("1abc")]
    [InlineData("a-b")]
    public void A_prefix_unusable_in_table_names_is_rejected(string prefix) =>
        Assert.Throws<ArgumentException>(() => StorageNames.Default.WithPrefix(prefix));
}
