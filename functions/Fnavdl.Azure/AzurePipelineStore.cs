using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Summary;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Azure;

/// <summary>
/// The pipeline's store on one Azure Storage account: six containers, the tables, one lock container. The
/// current version of each unit is in the regions' manifests, blobs of the curated container (<see cref="BlobUnitRegistry"/>).
/// </summary>
public sealed class AzurePipelineStore : IPipelineStore
{
    private readonly BlobServiceClient _blobs;
    private readonly TableServiceClient _tables;

    /// <param name="logger">Where waits for a unit lock held elsewhere are told (a holder that died keeps it until its lease expires).</param>
    public AzurePipelineStore(BlobServiceClient blobs, TableServiceClient tables, StorageNames? names = null, UnitLockOptions? lockOptions = null,
        ILogger? logger = null)
    {
        _blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        Names = names ?? StorageNames.Default;
        Uploads = new BlobFileArea(blobs.GetBlobContainerClient(Names.Uploads));
        Raw = new BlobFileArea(blobs.GetBlobContainerClient(Names.Raw));
        Curated = new BlobFileArea(blobs.GetBlobContainerClient(Names.Curated));
        Reports = new BlobFileArea(blobs.GetBlobContainerClient(Names.Reports));
        Gold = new BlobFileArea(blobs.GetBlobContainerClient(Names.Gold));
        Syntheses = new BlobFileArea(blobs.GetBlobContainerClient(Names.Syntheses));
        Log = new TableIngestionLog(tables.GetTableClient(Names.IngestionsTable));
        Units = new BlobUnitRegistry(Curated.Container, blobs.GetBlobContainerClient(Names.Locks), lockOptions, logger);
    }

    public StorageNames Names { get; }

    public BlobFileArea Uploads { get; }
    public BlobFileArea Raw { get; }
    public BlobFileArea Curated { get; }
    public BlobFileArea Reports { get; }
    public BlobFileArea Gold { get; }
    public BlobFileArea Syntheses { get; }
    public IIngestionLog Log { get; }
    public IUnitRegistry Units { get; }

    IFileArea IPipelineStore.Uploads => Uploads;
    IFileArea IPipelineStore.Raw => Raw;
    IFileArea IPipelineStore.Curated => Curated;
    IFileArea IPipelineStore.Reports => Reports;
    IFileArea IPipelineStore.Gold => Gold;
    IFileArea IPipelineStore.Syntheses => Syntheses;

    /// <summary>
    /// Creates the containers and tables that are missing. Deployment normally provisions them;
    /// this serves tests, local runs and the CLI against a fresh account.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { Names.Uploads, Names.Raw, Names.Curated, Names.Reports, Names.Gold, Names.Syntheses, Names.Locks })
            await _blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var table in new[] { Names.IngestionsTable, Names.UnitsTable, Names.IndicatorsTable })
            await _tables.CreateTableIfNotExistsAsync(table, cancellationToken);
    }

    /// <summary>The URL of <paramref name="path"/> in the area named "uploads", "raw", "curated" or "reports".</summary>
    public string Describe(string area, string path)
    {
        var container = area.ToLowerInvariant() switch
        {
            "uploads" => Uploads,
            "raw" => Raw,
            "curated" => Curated,
            "reports" => Reports,
            "gold" => Gold,
            SummaryLayout.Area => Syntheses,
            _ => null,
        };
        return container is null
            ? $"{_blobs.Uri.ToString().TrimEnd('/')}/{area}/{path.TrimStart('/')}"
            : container.UriOf(path).ToString();
    }
}
