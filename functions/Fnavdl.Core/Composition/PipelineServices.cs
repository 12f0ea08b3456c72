using Fnavdl.Core.Access;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Composition;

/// <summary>
/// The composition root of the pipeline over one store: the reference data, the ingestion options and the
/// clock are given here once, and every service is built from them. The CLI, the tests and (through
/// <c>AzurePipeline</c>) the Function app build their services this way, so none can be wired with a
/// different reference or clock than the others.
/// </summary>
public sealed class PipelineServices
{
    public PipelineServices(IPipelineStore store, AdministrativeReference? reference = null, IngestionOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        Reference = reference ?? AdministrativeReference.Embedded;
        Options = options ?? IngestionOptions.Default;
        Clock = clock ?? TimeProvider.System;
        Ingestion = new UploadIngestionService(Store, Reference, Options, Clock);
        Indicators = new IndicatorEngine(Reference);
        Summary = new SummaryPublisher(Store, Reference);
        History = new IngestionHistoryService(Store, Reference);
    }

    /// <summary>The pipeline over a local folder (the CLI's default store).</summary>
    public static PipelineServices Local(string root, IngestionOptions? options = null) => new(new LocalPipelineStore(root), options: options);

    public IPipelineStore Store { get; }
    public AdministrativeReference Reference { get; }
    public IngestionOptions Options { get; }
    public TimeProvider Clock { get; }

    public UploadIngestionService Ingestion { get; }
    public IndicatorEngine Indicators { get; }
    public SummaryPublisher Summary { get; }
    public IngestionHistoryService History { get; }

    /// <summary>A file's check without any store (the region's `fnavdl validate`), with the same reference and limits.</summary>
    public ReportValidator Validator() => new(Reference, Options.Limits);
}
