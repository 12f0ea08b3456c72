using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>The bundled samples, ingested once as the demo does, shared by the test classes that read them back.</summary>
public sealed class IngestedSamples : IAsyncLifetime
{
    public TempStore Store { get; } = new();
    public List<IngestionRecord> Records { get; private set; } = [];

    public async Task InitializeAsync() => Records = await Store.IngestSamplesAsync();

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}
