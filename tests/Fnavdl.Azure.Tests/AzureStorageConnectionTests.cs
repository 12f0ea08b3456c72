using Azure.Identity;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageConnectionTests(AzuriteFixture azurite)
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] pairs)
    {
        var map = pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public void Development_storage_points_at_the_default_emulator_ports()
    {
        var connection = AzureStorageConnection.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", connection.Blobs.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", connection.Queues.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", connection.Tables.Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public async Task A_connection_string_setting_reaches_the_emulator()
    {
        var connection = AzureStorageConnection.FromSettings("FnavdlStorage", Settings(("FnavdlStorage", azurite.ConnectionString)));
        var name = AzuriteFixture.UniqueName("conn");

        await connection.Blobs.CreateBlobContainerAsync(name);
        await connection.Tables.CreateTableAsync(name);
        await connection.Queues.CreateQueueAsync(name);

        Assert.True((await azurite.BlobService.GetBlobContainerClient(name).ExistsAsync()).Value);
    }

    [Fact]
    public void Identity_based_settings_give_the_service_uris()
    {
        var connection = AzureStorageConnection.FromSettings("FnavdlStorage", Settings(
            ("FnavdlStorage:blobServiceUri", "https://fnavdl.blob.core.windows.net"),
            ("FnavdlStorage:tableServiceUri", "https://fnavdl.table.core.windows.net"),
            ("FnavdlStorage:queueServiceUri", "https://fnavdl.queue.core.windows.net"),
            ("FnavdlStorage:credential", "managedidentity"),
            ("FnavdlStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.Equal("fnavdl.blob.core.windows.net", connection.Blobs.Uri.Host);
        Assert.Equal("fnavdl.table.core.windows.net", connection.Tables.Uri.Host);
        Assert.Equal("fnavdl.queue.core.windows.net", connection.Queues.Uri.Host);
    }

    [Fact]
    public void Table_and_queue_endpoints_are_derived_from_the_blob_one_when_absent()
    {
        var connection = AzureStorageConnection.FromAccountUrl(new Uri("https://fnavdl.blob.core.windows.net"), new DefaultAzureCredential());

        Assert.Equal("https://fnavdl.table.core.windows.net/", connection.Tables.Uri.ToString());
        Assert.Equal("https://fnavdl.queue.core.windows.net/", connection.Queues.Uri.ToString());
    }

    [Fact]
    public void Missing_settings_say_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureStorageConnection.FromSettings("FnavdlStorage", Settings()));
        Assert.Contains("FnavdlStorage__blobServiceUri", error.Message);
    }

    [Fact]
    public void An_unknown_credential_kind_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureStorageConnection.FromSettings("S", Settings(
            ("S:blobServiceUri", "https://a.blob.core.windows.net"), ("S:credential", "password"))));
        Assert.Contains("password", error.Message);
    }
}
