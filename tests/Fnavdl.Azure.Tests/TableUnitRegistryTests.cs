using Azure.Storage.Blobs.Models;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableUnitRegistryTests(AzuriteFixture azurite)
{
    private const string Unit = "projets/annee=2024/code_region=93/appel=AAP-2024-01";

    private async Task<TableUnitRegistry> NewRegistryAsync(UnitLockOptions? options = null)
    {
        var table = azurite.TableService.GetTableClient(AzuriteFixture.UniqueName("units"));
        await table.CreateAsync();
        var locks = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("locks"));
        await locks.CreateAsync();
        return new TableUnitRegistry(table, locks, options);
    }

    private static UnitVersion Version(string sha, string unit = Unit) =>
        new(unit, "93/2024/depot.csv", sha, new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero), "ing-" + sha);

    [Fact]
    public async Task An_unknown_unit_has_no_record()
    {
        var registry = await NewRegistryAsync();
        Assert.Null(await registry.GetAsync(Unit));
    }

    [Fact]
    public async Task The_first_owner_is_set_only_once_without_an_etag()
    {
        var registry = await NewRegistryAsync();

        Assert.True(await registry.TrySetAsync(Version("aaa"), expectedETag: null));
        Assert.False(await registry.TrySetAsync(Version("bbb"), expectedETag: null));

        var record = await registry.GetAsync(Unit);
        Assert.NotNull(record);
        Assert.Equal(Version("aaa"), record.Version);
        Assert.False(string.IsNullOrEmpty(record.ETag));
    }

    [Fact]
    public async Task An_update_needs_the_current_etag_and_a_stale_one_is_refused()
    {
        var registry = await NewRegistryAsync();
        await registry.TrySetAsync(Version("aaa"), null);
        var first = (await registry.GetAsync(Unit))!;

        Assert.True(await registry.TrySetAsync(Version("bbb"), first.ETag));
        Assert.False(await registry.TrySetAsync(Version("ccc"), first.ETag));

        var current = (await registry.GetAsync(Unit))!;
        Assert.Equal("bbb", current.Version.Sha256);
        Assert.NotEqual(first.ETag, current.ETag);
    }

    [Fact]
    public async Task Units_with_characters_tables_forbid_are_stored_and_kept_apart()
    {
        var registry = await NewRegistryAsync();
        const string odd = @"suivi/annee=2024/code_region=2A/appel=A#1?b\c";
        await registry.TrySetAsync(Version("aaa", odd), null);
        await registry.TrySetAsync(Version("bbb", odd + "/x"), null);

        Assert.Equal(odd, (await registry.GetAsync(odd))!.Version.UnitKey);
        Assert.Equal("bbb", (await registry.GetAsync(odd + "/x"))!.Version.Sha256);
    }

    [Fact]
    public async Task A_second_locker_waits_until_the_first_releases()
    {
        var registry = await NewRegistryAsync();
        var first = await registry.LockAsync(Unit);

        var second = registry.LockAsync(Unit);
        await Task.Delay(700);
        Assert.False(second.IsCompleted, "the second lock was granted while the first was held");

        await first.DisposeAsync();
        var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await granted.DisposeAsync();
    }

    [Fact]
    public async Task Locks_of_different_units_do_not_block_each_other()
    {
        var registry = await NewRegistryAsync();
        await using var a = await registry.LockAsync(Unit);
        await using var b = await registry.LockAsync(Unit + "-autre").WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Waiting_gives_up_after_the_timeout()
    {
        var registry = await NewRegistryAsync(UnitLockOptions.Default with { AcquireTimeout = TimeSpan.FromMilliseconds(600) });
        await using var held = await registry.LockAsync(Unit);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => registry.LockAsync(Unit));
        Assert.Contains("another commit holds", error.Message);
    }

    [Fact]
    public async Task The_lock_is_a_lease_on_a_blob_named_by_the_encoded_unit_key()
    {
        var table = azurite.TableService.GetTableClient(AzuriteFixture.UniqueName("units"));
        await table.CreateAsync();
        var locks = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("locks"));
        await locks.CreateAsync();
        var registry = new TableUnitRegistry(table, locks);

        await using (await registry.LockAsync(Unit))
        {
            var properties = await locks.GetBlobClient(StorageKey.Encode(Unit)).GetPropertiesAsync();
            Assert.Equal(LeaseState.Leased, properties.Value.LeaseState);
        }
        var after = await locks.GetBlobClient(StorageKey.Encode(Unit)).GetPropertiesAsync();
        Assert.Equal(LeaseState.Available, after.Value.LeaseState);
    }
}
