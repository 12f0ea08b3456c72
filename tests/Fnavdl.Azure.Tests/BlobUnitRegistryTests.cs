using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Fnavdl.Core.Lake;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobUnitRegistryTests(AzuriteFixture azurite)
{
    private async Task<(BlobUnitRegistry Registry, BlobContainerClient Curated, BlobContainerClient Locks)> NewRegistryAsync(UnitLockOptions? options = null)
    {
        var curated = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("curated"));
        await curated.CreateAsync();
        var locks = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("locks"));
        await locks.CreateAsync();
        return (new BlobUnitRegistry(curated, locks, options), curated, locks);
    }

    private static byte[] Content(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task A_region_without_a_manifest_reads_as_none_and_is_not_listed()
    {
        var (registry, _, _) = await NewRegistryAsync();

        Assert.Null(await registry.ReadAsync("93"));
        Assert.Empty(await registry.ListRegionsAsync().ToListAsync());
    }

    [Fact]
    public async Task The_first_manifest_is_created_only_once_without_an_etag()
    {
        var (registry, curated, _) = await NewRegistryAsync();

        Assert.True(await registry.TryReplaceAsync("93", Content("a"), expectedETag: null));
        Assert.False(await registry.TryReplaceAsync("93", Content("b"), expectedETag: null));

        var stored = (await registry.ReadAsync("93"))!;
        Assert.Equal(Content("a"), stored.Content);
        Assert.False(string.IsNullOrEmpty(stored.ETag));
        // Published where the analysts' engines look: the curated container, manifestes/{code_region}.csv.
        var blob = await curated.GetBlobClient("manifestes/93.csv").GetPropertiesAsync();
        Assert.Equal("text/csv; charset=utf-8", blob.Value.ContentType);
    }

    [Fact]
    public async Task A_replacement_needs_the_current_etag_and_a_stale_one_is_refused()
    {
        var (registry, _, _) = await NewRegistryAsync();
        await registry.TryReplaceAsync("93", Content("a"), null);
        var first = (await registry.ReadAsync("93"))!;

        Assert.True(await registry.TryReplaceAsync("93", Content("b"), first.ETag));
        Assert.False(await registry.TryReplaceAsync("93", Content("c"), first.ETag));

        var current = (await registry.ReadAsync("93"))!;
        Assert.Equal(Content("b"), current.Content);
        Assert.NotEqual(first.ETag, current.ETag);
    }

    [Fact]
    public async Task Regions_are_listed_from_their_manifests_and_other_blobs_are_ignored()
    {
        var (registry, curated, _) = await NewRegistryAsync();
        await registry.TryReplaceAsync("93", Content("a"), null);
        await registry.TryReplaceAsync("11", Content("a"), null);
        await curated.UploadBlobAsync("manifestes/notes.txt", BinaryData.FromString("x"));
        await curated.UploadBlobAsync("manifestes/../44.csv", BinaryData.FromString("x"));

        Assert.Equal(["11", "93"], await registry.ListRegionsAsync().ToListAsync());
    }

    [Theory]
    [InlineData("../44")]
    [InlineData("93/../44")]
    [InlineData("")]
    [InlineData("9 3")]
    public async Task A_region_that_is_not_a_code_names_no_blob(string region)
    {
        var (registry, _, _) = await NewRegistryAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => registry.TryReplaceAsync(region, Content("a"), null));
        await Assert.ThrowsAsync<ArgumentException>(() => registry.ReadAsync(region));
        await Assert.ThrowsAsync<ArgumentException>(() => registry.LockAsync(region));
    }

    [Fact]
    public async Task A_second_locker_of_a_region_waits_until_the_first_releases()
    {
        var (registry, _, _) = await NewRegistryAsync();
        var first = await registry.LockAsync("93");

        var second = registry.LockAsync("93");
        await Task.Delay(700);
        Assert.False(second.IsCompleted, "the second lock was granted while the first was held");

        await first.DisposeAsync();
        var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await granted.DisposeAsync();
    }

    [Fact]
    public async Task Locks_of_different_regions_do_not_block_each_other()
    {
        var (registry, _, _) = await NewRegistryAsync();
        await using var a = await registry.LockAsync("93");
        await using var b = await registry.LockAsync("44").WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Waiting_gives_up_after_the_timeout()
    {
        var (registry, _, _) = await NewRegistryAsync(UnitLockOptions.Default with { AcquireTimeout = TimeSpan.FromMilliseconds(600) });
        await using var held = await registry.LockAsync("93");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => registry.LockAsync("93"));
        Assert.Contains("another commit holds", error.Message);
    }

    [Fact]
    public async Task The_lock_is_a_lease_on_a_blob_named_by_the_region()
    {
        var (registry, _, locks) = await NewRegistryAsync();

        await using (await registry.LockAsync("93"))
        {
            var properties = await locks.GetBlobClient(BlobUnitRegistry.LockBlobName("93")).GetPropertiesAsync();
            Assert.Equal(LeaseState.Leased, properties.Value.LeaseState);
        }
        var after = await locks.GetBlobClient(BlobUnitRegistry.LockBlobName("93")).GetPropertiesAsync();
        Assert.Equal(LeaseState.Available, after.Value.LeaseState);
        Assert.Equal("manifestes/93.csv", UnitManifest.PathOf("93"));
    }
}
