using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Storage;

namespace Fnavdl.Cli.Uploading;

/// <summary>Where the CLI drops files before ingesting them, as a region would upload them.</summary>
internal interface IUploadTarget
{
    IPipelineStore Store { get; }

    /// <summary>A human-readable name of the store for the summary line.</summary>
    string Location { get; }

    /// <summary>Puts the file in the uploads area (unless the same content is already there) and says when it was uploaded.</summary>
    Task<UploadRef> UploadAsync(UploadSource source, CancellationToken cancellationToken);

    /// <summary>The limits the ingestion applies (the Function app's settings, from the environment).</summary>
    IngestionOptions Options { get; }

    /// <summary>The ingestion the store's own pipeline runs (on Azure, followed by the indicators' recompute request).</summary>
    IUploadIngestion Ingestion { get; }
}
