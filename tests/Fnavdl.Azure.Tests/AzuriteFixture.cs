using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// One Azurite (<see cref="AzuriteEmulator"/>) per test run. Tests isolate themselves by unique
/// container and table names (<see cref="UniqueName"/>), never by resetting the emulator.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteEmulator? _emulator;

    private AzuriteEmulator Emulator => _emulator ?? throw new InvalidOperationException("Azurite is not started.");

    public int BlobPort => Emulator.BlobPort;
    public int QueuePort => Emulator.QueuePort;
    public int TablePort => Emulator.TablePort;

    public string ConnectionString => Emulator.ConnectionString;

    public BlobServiceClient BlobService => new(ConnectionString);
    public TableServiceClient TableService => new(ConnectionString);

    /// <summary>A fresh name valid for containers and tables alike: a letter, then letters and digits.</summary>
    public static string UniqueName(string stem = "t") => stem + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync() => _emulator = await AzuriteEmulator.StartAsync(RepositoryRoot.Path);

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
